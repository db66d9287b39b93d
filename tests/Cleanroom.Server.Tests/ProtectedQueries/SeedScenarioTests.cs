using System.Globalization;
using System.Text.Json.Nodes;
using Cleanroom.Server.Tests.Infrastructure;

namespace Cleanroom.Server.Tests.ProtectedQueries;

/// <summary>
/// The product brief's example end to end: retailer B asks which interest segments of A's ad audience its buyers
/// belonged to. The result comes from B's default result location with <c>aws s3 cp</c> and must equal the answer
/// computed here with the thresholds applied by the test; both members read their query logs with <c>aws logs</c>.
/// </summary>
[Collection(ProtectedQueryCollection.Name)]
public sealed class SeedScenarioTests(ProtectedQueryWorld world)
{
    private const string Sql =
        "SELECT e.segment, COUNT(DISTINCT p.user_id) AS buyers, SUM(p.amount) AS spend " +
        "FROM exposures e JOIN purchases p ON e.user_id = p.user_id GROUP BY e.segment ORDER BY e.segment";

    [Fact]
    public async Task RetailerLearnsTheSegmentsOfItsBuyersAboveTheThresholds()
    {
        var run = (await world.RunAsync(world.Query("seed", Sql)))["seed"]!;
        var started = Observed.Ok(run["start"], "StartProtectedQuery")["protectedQuery"]!;
        Assert.Equal("SUBMITTED", (string?)started["status"]);
        Assert.Equal(Sql, (string?)started["sqlParameters"]!["queryString"]);
        var id = (string)started["id"]!;
        Assert.Equal($"arn:aws:cleanrooms:us-east-1:{world.B.AccountId}:membership/{world.MembershipOf("B")}", (string?)started["membershipArn"]);
        Assert.Equal("b-results", (string?)started["resultConfiguration"]!["outputConfiguration"]!["s3"]!["bucket"]);

        var query = Observed.Ok(run["final"], "GetProtectedQuery")["protectedQuery"]!;
        Assert.True((string?)query["status"] == "SUCCESS", query.ToJsonString());
        var location = $"s3://b-results/default/{id}/result/{id}.csv";
        Assert.Equal(location, (string?)query["result"]!["output"]!["s3"]!["location"]);
        var statistics = query["statistics"]!;
        Assert.InRange((long)statistics["totalDurationInMillis"]!, 0, 60_000);
        Assert.Equal(Environment.ProcessorCount * 60 / 3600.0, (double)statistics["billedResourceUtilization"]!["units"]!, 6);

        // B downloads the result: only segments with at least max(100, 50) distinct buyers survive, the rare one does not.
        using var downloads = new TempDirectory("cleanroom-result");
        (await AwsCli.RunAsync(world.Url, world.B, "s3", "cp", location, downloads.Combine("result.csv"))).EnsureSuccess();
        var lines = await File.ReadAllLinesAsync(downloads.Combine("result.csv"));
        Assert.Equal("segment,buyers,spend", lines[0]);
        var rows = lines.Skip(1).Select(line => line.Split(',')).Select(f => (f[0], int.Parse(f[1], CultureInfo.InvariantCulture), decimal.Parse(f[2], CultureInfo.InvariantCulture))).ToArray();
        var expected = world.Data.SegmentSpend(threshold: 100);
        Assert.Equal(expected, rows);
        Assert.DoesNotContain(rows, row => row.Item1 == "rare");
        Assert.Contains("rare", world.Data.SegmentSpend(threshold: 1).Select(row => row.Segment));

        // Logs: A gets its table's record at both stages, B its runner record and its own table's record.
        var a = await LogRecordsAsync(world.A, id);
        Assert.Equal(["SUBMISSION", "TERMINATION"], a.Select(r => (string?)r["logStage"]).Order());
        Assert.All(a, record =>
        {
            Assert.Equal("exposures", (string?)record["schemaName"]);
            Assert.Equal("AGGREGATION", (string?)record["directQueryAnalysisRuleType"]);
            Assert.Contains("\"minimum\":100", (string?)record["directQueryAnalysisRulePolicy"], StringComparison.Ordinal);
            Assert.Equal(Sql, (string?)record["queryText"]);
            Assert.Equal([world.B.AccountId], Strings(record["queryRunners"]));
            Assert.Equal([world.B.AccountId], Strings(record["resultReceivers"]));
        });
        Assert.Equal("SUCCESS", (string?)a.Single(r => (string?)r["logStage"] == "TERMINATION")["status"]);
        var b = await LogRecordsAsync(world.B, id);
        Assert.Equal(4, b.Count);
        Assert.Equal(2, b.Count(r => (string?)r["schemaName"] == "purchases"));
        Assert.Equal(2, b.Count(r => r["schemaName"] is null && (string?)r["directQueryAnalysisRuleType"] == "AGGREGATION"));
        Assert.DoesNotContain(b, r => (string?)r["schemaName"] == "exposures");
        Assert.NotEqual((string?)a[0]["configuredTableId"], (string?)b.First(r => r["schemaName"] is not null)["configuredTableId"]);
        foreach (var record in a.Concat(b))
        {
            Assert.Equal(id, (string?)record["eventId"]);
            Assert.Equal(world.CollaborationId, (string?)record["collaborationId"]);
            Assert.DoesNotMatch(@"\bu\d{5}\b", record.ToJsonString());
        }
    }

    /// <summary>
    /// Suppression happens before ordering (peers-and-attacks B.6d): sorted by buyers ascending, the first row is the
    /// smallest segment that passed the thresholds, never a hint that a smaller one was removed.
    /// </summary>
    [Fact]
    public async Task OrderingSeesOnlyTheGroupsThatPassedTheThresholds()
    {
        var sql = "SELECT e.segment, COUNT(DISTINCT p.user_id) AS buyers FROM exposures e JOIN purchases p ON e.user_id = p.user_id " +
            "GROUP BY e.segment ORDER BY COUNT(DISTINCT p.user_id) ASC";
        var query = Observed.Ok((await world.RunAsync(world.Query("ordered", sql)))["ordered"]!["final"], "ordered query")["protectedQuery"]!;
        Assert.Equal("SUCCESS", (string?)query["status"]);
        using var downloads = new TempDirectory("cleanroom-result");
        (await AwsCli.RunAsync(world.Url, world.B, "s3", "cp", (string)query["result"]!["output"]!["s3"]!["location"]!, downloads.Combine("r.csv"))).EnsureSuccess();
        var rows = (await File.ReadAllLinesAsync(downloads.Combine("r.csv"))).Skip(1).Select(line => line.Split(',')).ToArray();
        var surviving = world.Data.SegmentSpend(threshold: 100).OrderBy(row => row.Buyers).ToArray();
        Assert.Equal(surviving.Select(row => $"{row.Segment},{row.Buyers}"), rows.Select(f => $"{f[0]},{f[1]}"));
        Assert.True(world.Data.SegmentSpend(threshold: 1).Min(row => row.Buyers) < int.Parse(rows[0][1], CultureInfo.InvariantCulture));
    }

    /// <summary>The member's records of one query, read with <c>aws logs filter-log-events</c>.</summary>
    private async Task<List<JsonNode>> LogRecordsAsync(TestAccount account, string eventId)
    {
        var result = (await AwsCli.RunAsync(world.Url, account, "logs", "filter-log-events",
            "--log-group-name", $"/aws/cleanrooms/{world.CollaborationId}", "--filter-pattern", $"{{ $.eventId = \"{eventId}\" }}")).EnsureSuccess();
        return [.. result.Json!["events"]!.AsArray().Select(e => JsonNode.Parse((string)e!["message"]!)!)];
    }

    private static string[] Strings(JsonNode? array) => [.. array!.AsArray().Select(item => (string?)item ?? "<null>")];
}
