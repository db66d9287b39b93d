using System.Text.Json.Nodes;

namespace Cleanroom.Server.Tests.Infrastructure;

/// <summary>
/// Runs a boto3 script from the test project's Scripts folder. The script reads its context (endpoint, region,
/// accounts, arguments) as JSON on stdin and prints one JSON document; see Scripts/cleanroom_test.py.
/// </summary>
internal static class Boto3Script
{
    /// <summary>Runs the script and returns the JSON document it printed (the script must succeed).</summary>
    public static async Task<JsonNode> RunAsync(string script, string endpoint, IEnumerable<TestAccount> accounts, JsonObject? arguments = null)
    {
        var result = (await RunRawAsync(script, endpoint, accounts, arguments)).EnsureSuccess();
        return result.Json ?? throw new InvalidOperationException($"{script} printed nothing: {result}");
    }

    /// <summary>Runs the script and returns its exit code, stdout and stderr as they are.</summary>
    public static Task<ToolResult> RunRawAsync(string script, string endpoint, IEnumerable<TestAccount> accounts, JsonObject? arguments = null)
    {
        var accountMap = new JsonObject();
        foreach (var account in accounts)
        {
            accountMap[account.Name] = account.ToJson();
        }

        var context = new JsonObject
        {
            ["endpoint"] = endpoint,
            ["region"] = "us-east-1",
            ["accounts"] = accountMap,
            ["args"] = arguments ?? new JsonObject(),
        };
        var path = Path.Combine(AppContext.BaseDirectory, "Scripts", script);
        var environment = AwsEnvironment.For(null);
        environment["AWS_ENDPOINT_URL"] = endpoint;
        return ProcessRunner.RunAsync("python3", [path], environment, context.ToJsonString());
    }
}
