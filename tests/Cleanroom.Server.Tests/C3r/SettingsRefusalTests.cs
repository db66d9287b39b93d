using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Cleanroom.Server.Tests.Infrastructure;

namespace Cleanroom.Server.Tests.C3r;

/// <summary>
/// <c>cleanroom c3r encrypt --endpoint-url</c> refuses what the reference client refuses, each case of
/// C3r/settings-refusals.json: settings the collaboration does not allow fail as the reference client's do, and a
/// collaboration without cryptographic computing, server errors and credential problems are one line and exit 1
/// (usage errors exit 2), with no output file and without the secret key or any cell value in the message.
/// </summary>
public sealed class SettingsRefusalTests
{
    [Fact]
    public async Task EveryRefusalIsOneLineAndLeavesNoOutput()
    {
        await using var server = await InProcessServer.StartAsync();
        var (member, outsider) = (await server.CreateAccountAsync("Member"), await server.CreateAccountAsync("Outsider"));
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        using var files = new TempDirectory("cleanroom-c3r-refusals");

        async Task<string> Collaboration(params string[] options) =>
            (string)(await AwsCli.RunAsync(server.Url, member, [
                "cleanrooms", "create-collaboration", "--name", "settings", "--description", "settings", "--creator-display-name", "Member",
                "--creator-member-abilities", "CAN_QUERY", "CAN_RECEIVE_RESULTS", "--query-log-status", "DISABLED", "--members", "[]", .. options]))
            .EnsureSuccess().Json!["collaboration"]!["id"]!;
        var collaborations = new Dictionary<string, string>
        {
            ["strict"] = await Collaboration("--data-encryption-metadata", "allowCleartext=false,allowDuplicates=false,allowJoinsOnColumnsWithDifferentNames=false,preserveNulls=false"),
            ["plain"] = await Collaboration(),
            ["unknown"] = Guid.NewGuid().ToString(),
        };
        await File.WriteAllTextAsync(files.Combine("exposures.csv"), "user_id,segment\nu00001,sports\nu00002,travel\n");
        await File.WriteAllTextAsync(files.Combine("duplicates.csv"), "user_id,segment\nu00001,sports\nu00001,travel\n");
        var closed = ClosedEndpoint();

        var cases = JsonNode.Parse(await File.ReadAllTextAsync(C3rProgram.File("settings-refusals.json")))!.AsArray();
        Assert.True(cases.Count >= 10, "the case file holds the refusals");
        var failures = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (node, _) =>
        {
            var name = (string)node!["name"]!;
            var collaboration = collaborations[(string?)node["collaboration"] ?? "strict"];
            var output = files.Combine(Guid.NewGuid().ToString("N") + ".csv");
            var result = await C3rProgram.RunAsync(Credentials((string?)node["credentials"] ?? "member", member, outsider, secret), [
                "encrypt", files.Combine(((string?)node["input"] ?? "exposures") + ".csv"),
                "--schema", C3rProgram.File((string?)node["schema"] ?? "exposures.schema.json"), "--id", collaboration, "-o", output,
                "--endpoint-url", (string?)node["endpoint"] == "closed" ? closed : server.Url,
                .. (node["arguments"]?.AsArray() ?? []).Select(argument => (string)argument!)]);
            var expected = ((string)node["error"]!).Replace("{collaboration}", collaboration, StringComparison.Ordinal);
            var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var exit = (int)node["exit"]!;
            var problem =
                result.ExitCode != exit ? $"exit {result.ExitCode}, expected {exit}"
                : lines.Length == 0 || !lines[0].StartsWith("cleanroom: ", StringComparison.Ordinal) || !lines[0].Contains(expected, StringComparison.Ordinal) ? $"expected 'cleanroom: …{expected}…'"
                : exit == 1 && lines.Length != 1 ? "more than one line"
                : File.Exists(output) ? "an output file was written"
                : result.Stderr.Contains(member.SecretAccessKey, StringComparison.Ordinal) || result.Stderr.Contains("u00001", StringComparison.Ordinal) ? "a secret or a value in the message"
                : null;
            if (problem is not null)
            {
                failures.Add($"{name}: {problem}; {result}");
            }
        });
        Assert.True(failures.IsEmpty, string.Join("\n", failures));
    }

    private static Dictionary<string, string?> Credentials(string kind, TestAccount member, TestAccount outsider, string secret)
    {
        var environment = C3rProgram.Environment(kind switch
        {
            "member" or "session-token" => member,
            "outsider" => outsider,
            "wrong-secret" => member with { SecretAccessKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(30)) },
            "unknown-key" => member with { AccessKeyId = "AKIA" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8)) },
            "none" => null,
            _ => throw new ArgumentException($"unknown credentials '{kind}' in the case file", nameof(kind)),
        }, secret);
        if (kind == "session-token")
        {
            environment["AWS_SESSION_TOKEN"] = "FwoGZXIvYXdzEXAMPLE";
        }

        return environment;
    }

    /// <summary>An address on loopback where nothing listens (a port just released).</summary>
    private static string ClosedEndpoint()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}/";
    }
}
