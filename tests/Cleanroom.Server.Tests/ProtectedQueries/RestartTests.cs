using System.Text.Json.Nodes;
using Cleanroom.Server.Tests.Infrastructure;

namespace Cleanroom.Server.Tests.ProtectedQueries;

/// <summary>
/// Queries and the server's life: SIGKILL during a running query leaves, after the restart, the query FAILED with a
/// clear reason, no object of its result (even one already published) and no work files; a query running longer than
/// the server's time limit ends TIMED_OUT.
/// </summary>
public sealed class RestartTests
{
    [Fact]
    public async Task SigkillDuringAQueryLeavesItFailedWithoutAnyResult()
    {
        using var directory = new TempDirectory();
        await using var server = await ServerProcess.StartAsync(directory.Path);
        var b = await CleanroomProgram.CreateAccountAsync(directory.Path, "B");
        var membership = (string)(await Boto3Script.RunAsync("protected_solo.py", server.Url, [b], new JsonObject { ["phase"] = "world" }))["membership"]!;
        var started = await Boto3Script.RunAsync("protected_solo.py", server.Url, [b], new JsonObject { ["phase"] = "start", ["membership"] = membership });
        Assert.Equal("STARTED", (string?)started["status"]);
        var id = (string)started["id"]!;
        await Boto3Script.RunAsync("protected_solo.py", server.Url, [b], new JsonObject { ["phase"] = "plant", ["query"] = id });
        var work = Path.Combine(directory.Path, "tmp", "queries", id);
        Assert.True(Directory.Exists(work), "the running query has a work folder");

        await server.RestartAsync();
        Assert.False(Directory.Exists(Path.Combine(directory.Path, "tmp", "queries")), "work folders are removed at startup");
        var r = await Boto3Script.RunAsync("protected_solo.py", server.Url, [b], new JsonObject { ["phase"] = "verify", ["membership"] = membership, ["query"] = id });
        var query = Observed.Ok(r["query"], "the interrupted query")["protectedQuery"]!;
        Assert.Equal("FAILED", (string?)query["status"]);
        Assert.Equal("ServerStopped", (string?)query["error"]!["code"]);
        Assert.Contains("server stopped while the query was running", (string?)query["error"]!["message"], StringComparison.Ordinal);
        Assert.Null(query["result"]);
        Assert.Empty(r["keys"]!.AsArray());
        Assert.Equal("SUCCESS", (string?)r["tiny"]!["status"]);
    }

    [Fact]
    public async Task AQueryBeyondTheTimeLimitEndsTimedOut()
    {
        await using var server = await InProcessServer.StartAsync(configure: options => options with { Queries = options.Queries with { TimeLimit = TimeSpan.FromSeconds(1) } });
        var b = await server.CreateAccountAsync("B");
        var membership = (string)(await Boto3Script.RunAsync("protected_solo.py", server.Url, [b], new JsonObject { ["phase"] = "world" }))["membership"]!;
        var r = await Boto3Script.RunAsync("protected_solo.py", server.Url, [b], new JsonObject { ["phase"] = "start", ["membership"] = membership, ["limit"] = 30 });
        var query = r["final"]!;
        Assert.Equal("TIMED_OUT", (string?)query["status"]);
        Assert.Equal("TimedOut", (string?)query["error"]!["code"]);
        Assert.InRange((long)query["statistics"]!["totalDurationInMillis"]!, 1000, 10_000);
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(server.DataDirectory, "tmp", "queries")));
    }
}
