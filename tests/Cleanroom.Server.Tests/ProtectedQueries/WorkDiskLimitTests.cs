using System.Text.Json.Nodes;
using Cleanroom.Server.Tests.Infrastructure;

namespace Cleanroom.Server.Tests.ProtectedQueries;

/// <summary>A query cannot fill the server's disk: its result and spill files stop at the work-disk limit.</summary>
public sealed class WorkDiskLimitTests
{
    [Fact]
    public async Task AResultBeyondTheWorkDiskLimitFailsAndLeavesNothing()
    {
        await using var server = await InProcessServer.StartAsync(configure: options => options with { Queries = options.Queries with { WorkDiskLimitBytes = 1 << 20 } });
        var b = await server.CreateAccountAsync("B");
        var membership = (string)(await Boto3Script.RunAsync("protected_solo.py", server.Url, [b], new JsonObject { ["phase"] = "world" }))["membership"]!;

        // 9 million rows of CSV, about 80 MB: far beyond 1 MiB.
        var big = new JsonObject { ["phase"] = "start", ["membership"] = membership, ["limit"] = 60, ["sql"] = "SELECT a.v, b.v AS w FROM numbers a CROSS JOIN numbers b" };
        var started = await Boto3Script.RunAsync("protected_solo.py", server.Url, [b], big);
        var query = started["final"]!;
        Assert.Equal("FAILED", (string?)query["status"]);
        Assert.Equal("ResourceLimitError", (string?)query["error"]!["code"]);
        Assert.Contains("disk space", (string?)query["error"]!["message"], StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(server.DataDirectory, "tmp", "queries")));

        var r = await Boto3Script.RunAsync("protected_solo.py", server.Url, [b], new JsonObject { ["phase"] = "verify", ["membership"] = membership, ["query"] = (string)started["id"]! });
        Assert.Empty(r["keys"]!.AsArray());
        Assert.Equal("SUCCESS", (string?)r["tiny"]!["status"]);
    }
}
