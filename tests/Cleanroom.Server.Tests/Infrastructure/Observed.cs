using System.Text.Json.Nodes;

namespace Cleanroom.Server.Tests.Infrastructure;

/// <summary>Reads the <c>{"ok": …}</c> / <c>{"error": …}</c> results the boto3 scripts print (see cleanroom_test.call).</summary>
internal static class Observed
{
    public static JsonNode Ok(JsonNode? result, string what)
    {
        Assert.True(result?["ok"] is not null, $"{what} should succeed but got {result?.ToJsonString()}");
        return result!["ok"]!;
    }

    public static JsonNode Error(JsonNode? result, string code, int status, string what)
    {
        var error = result?["error"];
        Assert.True(error is not null, $"{what} should fail with {code} but got {result?.ToJsonString()}");
        Assert.Equal(code, (string?)error!["code"]);
        Assert.Equal(status, (int?)error["status"]);
        return error;
    }

    /// <summary>A ValidationException whose fieldList names <paramref name="field"/>.</summary>
    public static JsonNode FieldError(JsonNode? result, string field, string reason, string what)
    {
        var error = Error(result, "ValidationException", 400, what);
        Assert.Equal(reason, (string?)error["reason"]);
        var names = error["fieldList"]?.AsArray().Select(item => (string?)item!["name"]).ToArray() ?? [];
        Assert.True(names.Contains(field), $"{what}: fieldList {string.Join(", ", names)} should name {field}");
        return error;
    }
}
