namespace Cleanroom.Server.Tests.Infrastructure;

/// <summary>
/// An isolated environment for the aws CLI / boto3 acting as one account: explicit keys, empty config and
/// credentials files, no instance metadata, one attempt per call (so errors surface at once).
/// </summary>
internal static class AwsEnvironment
{
    private static readonly Lazy<string> EmptyFile = new(() =>
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"cleanroom-empty-aws-config-{Environment.ProcessId}");
        File.WriteAllText(path, string.Empty);
        return path;
    });

    public static Dictionary<string, string?> For(TestAccount? account, string region = "us-east-1") => new()
    {
        ["AWS_ACCESS_KEY_ID"] = account?.AccessKeyId,
        ["AWS_SECRET_ACCESS_KEY"] = account?.SecretAccessKey,
        ["AWS_SESSION_TOKEN"] = null,
        ["AWS_SECURITY_TOKEN"] = null,
        ["AWS_PROFILE"] = null,
        ["AWS_DEFAULT_PROFILE"] = null,
        ["AWS_DEFAULT_REGION"] = region,
        ["AWS_REGION"] = region,
        ["AWS_CONFIG_FILE"] = EmptyFile.Value,
        ["AWS_SHARED_CREDENTIALS_FILE"] = EmptyFile.Value,
        ["AWS_EC2_METADATA_DISABLED"] = "true",
        ["AWS_MAX_ATTEMPTS"] = "1",
        ["AWS_RETRY_MODE"] = "standard",
        ["AWS_PAGER"] = string.Empty,
        ["AWS_ENDPOINT_URL"] = null,
        ["PYTHONDONTWRITEBYTECODE"] = "1",
    };
}
