using System.Text.Json.Nodes;

namespace Cleanroom.Server.Tests.Infrastructure;

/// <summary>An account's credentials as <c>cleanroom account create</c> prints them.</summary>
internal sealed record TestAccount(string Name, string AccountId, string AccessKeyId, string SecretAccessKey)
{
    public static TestAccount FromJson(string name, string json)
    {
        var node = JsonNode.Parse(json)!;
        return new TestAccount(name, (string)node["accountId"]!, (string)node["accessKeyId"]!, (string)node["secretAccessKey"]!);
    }

    public JsonObject ToJson() => new()
    {
        ["accountId"] = AccountId,
        ["accessKeyId"] = AccessKeyId,
        ["secretAccessKey"] = SecretAccessKey,
    };
}
