namespace Cleanroom.Server.Tests.Infrastructure;

/// <summary>Runs the real <c>aws</c> CLI against a Cleanroom endpoint as one account (JSON output).</summary>
internal static class AwsCli
{
    public static Task<ToolResult> RunAsync(string endpoint, TestAccount? account, params string[] arguments) =>
        ProcessRunner.RunAsync(
            "aws",
            [.. arguments, "--endpoint-url", endpoint, "--output", "json"],
            AwsEnvironment.For(account));
}
