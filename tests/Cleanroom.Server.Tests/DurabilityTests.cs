using System.Text.Json.Nodes;
using Cleanroom.Server.Tests.Infrastructure;

namespace Cleanroom.Server.Tests;

/// <summary>The <c>cleanroom</c> program as a process: acknowledged writes survive SIGKILL; keys created beside a running server work at once.</summary>
public sealed class DurabilityTests
{
    [Fact]
    public async Task AcknowledgedWritesSurviveSigkill()
    {
        using var directory = new TempDirectory();
        await using var server = await ServerProcess.StartAsync(directory.Path);

        // Accounts created by the CLI while the server runs are accepted on their first request.
        var a = await CleanroomProgram.CreateAccountAsync(directory.Path, "A");
        var b = await CleanroomProgram.CreateAccountAsync(directory.Path, "B");
        var written = await Boto3Script.RunAsync("durability.py", server.Url, [a, b], new JsonObject { ["phase"] = "write", ["count"] = 9 });
        var ids = written["ids"]!.AsArray().Select(id => (string)id!).ToArray();
        Assert.Equal(9, ids.Length);

        await server.RestartAsync();
        var read = await Boto3Script.RunAsync("durability.py", server.Url, [a, b], new JsonObject
        {
            ["phase"] = "read",
            ["membership"] = written["membership"]!.DeepClone(),
            ["membershipArn"] = written["membershipArn"]!.DeepClone(),
        });
        Assert.Equal(ids, read["ids"]!.AsArray().Select(id => (string)id!));
        Assert.Equal("ACTIVE", (string?)Observed.Ok(read["membership"], "membership after restart")["membership"]!["status"]);
        Assert.Equal("yes", (string?)Observed.Ok(read["tags"], "tags after restart")["tags"]!["durable"]);
        Assert.Equal(9, Observed.Ok(read["as_b"], "B's invitations after restart")["collaborationList"]!.AsArray().Count);
    }

    [Fact]
    public async Task SigtermStopsTheServerCleanly()
    {
        using var directory = new TempDirectory();
        await using var server = await ServerProcess.StartAsync(directory.Path);
        using var http = new HttpClient();
        Assert.True((await http.GetAsync($"{server.Url}/healthz")).IsSuccessStatusCode);
        Assert.Equal(0, await server.TerminateAsync());
    }
}
