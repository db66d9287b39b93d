namespace Cleanroom.Cli.Client;

/// <summary>
/// Finds the access key and region in the places the AWS CLI looks, in its order. Credentials: the environment
/// (<c>AWS_ACCESS_KEY_ID</c>, <c>AWS_SECRET_ACCESS_KEY</c>) unless a profile was named on the command line, then the
/// profile (<c>--profile</c>, <c>AWS_PROFILE</c>, else <c>default</c>) in the shared credentials file
/// (<c>AWS_SHARED_CREDENTIALS_FILE</c>, else <c>~/.aws/credentials</c>), whose values win over the config file's
/// (<c>AWS_CONFIG_FILE</c>, else <c>~/.aws/config</c>, sections <c>[default]</c> and <c>[profile NAME]</c>). Region:
/// <c>--region</c>, <c>AWS_REGION</c>, <c>AWS_DEFAULT_REGION</c>, the profile's <c>region</c>, else us-east-1.
/// Only static keys are read; a session token is refused, since a Cleanroom server issues none.
/// </summary>
internal static class CredentialChain
{
    public const string DefaultRegion = "us-east-1";

    private const string DefaultProfile = "default";

    /// <param name="environment">The process's environment variables (injected so tests stay hermetic).</param>
    /// <param name="profile">The profile named on the command line, if any.</param>
    /// <param name="region">The region named on the command line, if any.</param>
    /// <exception cref="InvalidOperationException">No usable credentials, or a named profile that does not exist.</exception>
    public static ClientIdentity Resolve(Func<string, string?> environment, string? profile, string? region)
    {
        var profileName = Given(profile) ?? Given(environment("AWS_PROFILE")) ?? DefaultProfile;
        var credentialsFile = FilePath(environment, "AWS_SHARED_CREDENTIALS_FILE", "credentials");
        var configFile = FilePath(environment, "AWS_CONFIG_FILE", "config");
        var settings = ProfileSettings(profileName, configFile, credentialsFile);
        if (settings is null && profileName != DefaultProfile)
        {
            throw new InvalidOperationException($"The profile {profileName} is in neither {credentialsFile} nor {configFile}.");
        }

        settings ??= new Dictionary<string, string>();

        // As in the AWS CLI, a profile named on the command line is used even when keys are in the environment.
        var key = (Given(profile) is null ? FromEnvironment(environment) : null)
            ?? FromProfile(profileName, settings, credentialsFile);
        var chosenRegion = Given(region)
            ?? Given(environment("AWS_REGION"))
            ?? Given(environment("AWS_DEFAULT_REGION"))
            ?? Given(settings.GetValueOrDefault("region"))
            ?? DefaultRegion;
        return new ClientIdentity(key, chosenRegion);
    }

    private static AccessKey? FromEnvironment(Func<string, string?> environment)
    {
        if (Given(environment("AWS_ACCESS_KEY_ID")) is not { } id)
        {
            return null;
        }

        var secret = Given(environment("AWS_SECRET_ACCESS_KEY"))
            ?? throw new InvalidOperationException("AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not.");
        if (Given(environment("AWS_SESSION_TOKEN")) is not null || Given(environment("AWS_SECURITY_TOKEN")) is not null)
        {
            throw SessionToken("AWS_SESSION_TOKEN is set");
        }

        return new AccessKey(id, secret);
    }

    private static AccessKey FromProfile(string name, IReadOnlyDictionary<string, string> settings, string credentialsFile)
    {
        var id = Given(settings.GetValueOrDefault("aws_access_key_id"));
        var secret = Given(settings.GetValueOrDefault("aws_secret_access_key"));
        if (id is null && secret is null)
        {
            throw new InvalidOperationException(settings.Count == 0
                ? $"No AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or give a profile's aws_access_key_id and aws_secret_access_key in {credentialsFile}."
                : $"The profile {name} has no aws_access_key_id and aws_secret_access_key (only static access keys are read: roles, SSO and credential processes are AWS sign-in methods a Cleanroom server does not have).");
        }

        if (id is null || secret is null)
        {
            throw new InvalidOperationException($"The profile {name} has {(id is null ? "aws_secret_access_key but no aws_access_key_id" : "aws_access_key_id but no aws_secret_access_key")}.");
        }

        if (Given(settings.GetValueOrDefault("aws_session_token")) is not null || Given(settings.GetValueOrDefault("aws_security_token")) is not null)
        {
            throw SessionToken($"The profile {name} has an aws_session_token");
        }

        return new AccessKey(id, secret);
    }

    /// <summary>The profile's settings, the credentials file's over the config file's; null when neither has it.</summary>
    private static Dictionary<string, string>? ProfileSettings(string name, string configFile, string credentialsFile)
    {
        var config = ProfileFile.Read(configFile);
        var credentials = ProfileFile.Read(credentialsFile);
        var configSection = config.FirstOrDefault(section => ProfileOfConfigSection(section.Key) == name).Value;
        var credentialsSection = credentials.GetValueOrDefault(name);
        if (configSection is null && credentialsSection is null)
        {
            return null;
        }

        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in (configSection ?? new Dictionary<string, string>()).Concat(credentialsSection ?? new Dictionary<string, string>()))
        {
            merged[key] = value;
        }

        return merged;
    }

    /// <summary>The config file names profiles <c>[default]</c> and <c>[profile NAME]</c>; other sections are not profiles.</summary>
    private static string? ProfileOfConfigSection(string section)
    {
        if (section == DefaultProfile)
        {
            return DefaultProfile;
        }

        var parts = section.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
        return parts is ["profile", var name] ? name.Trim() : null;
    }

    private static string FilePath(Func<string, string?> environment, string variable, string fileName)
    {
        var home = Given(environment("HOME")) ?? Given(environment("USERPROFILE")) ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Given(environment(variable)) switch
        {
            null => Path.Combine(home, ".aws", fileName),
            "~" => home,
            var path when path.StartsWith("~/", StringComparison.Ordinal) => Path.Combine(home, path[2..]),
            var path => path,
        };
    }

    private static InvalidOperationException SessionToken(string what) => new(
        $"{what}, but a Cleanroom server has no session tokens: sign with a permanent access key (from 'cleanroom account create'), without a session token.");

    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
