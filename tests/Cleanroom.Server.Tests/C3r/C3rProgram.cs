using Cleanroom.Server.Tests.Infrastructure;

namespace Cleanroom.Server.Tests.C3r;

/// <summary>
/// Runs the built <c>cleanroom c3r …</c> as a member would: AWS credentials from an environment isolated like the aws
/// CLI's in these tests (keys of <paramref name="account"/>, empty profile files) and the shared secret in
/// <c>C3R_SHARED_SECRET</c>. Tests change the environment further for other credential sources.
/// </summary>
internal static class C3rProgram
{
    public static Dictionary<string, string?> Environment(TestAccount? account, string sharedSecret)
    {
        var environment = AwsEnvironment.For(account);
        environment["C3R_SHARED_SECRET"] = sharedSecret;
        environment["CLEANROOM_DATA_DIR"] = null;
        return environment;
    }

    public static Task<ToolResult> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
        ProcessRunner.RunAsync("dotnet", [CleanroomProgram.Assembly, "c3r", .. arguments], environment);

    /// <summary>A file of this folder (schemas, cases), read from the repository.</summary>
    public static string File(string name) => RepositoryRoot.File("tests", "Cleanroom.Server.Tests", "C3r", name);
}
