using System.Text.Json.Nodes;
using Cleanroom.Server.Tests.Infrastructure;

namespace Cleanroom.Server.Tests.ProtectedQueries;

/// <summary>
/// Who may receive a result and where it lands: member output goes to the receiver's default result location, which
/// the runner cannot read; every referenced table must allow the receiver; S3 output only to the runner's own bucket.
/// </summary>
[Collection(ProtectedQueryCollection.Name)]
public sealed class ResultReceiverTests(ProtectedQueryWorld world)
{
    private const string ListSql = "SELECT DISTINCT e.segment FROM exposure_list e JOIN buyers_list b ON e.user_id = b.user_id";
    private const string AggregationSql =
        "SELECT e.segment, COUNT(DISTINCT p.user_id) AS buyers FROM exposures e JOIN purchases p ON e.user_id = p.user_id GROUP BY e.segment";

    [Fact]
    public async Task MemberOutputGoesToTheReceiversDefaultLocationOnly()
    {
        var runs = await world.RunAsync(
            world.Query("to_c", ListSql, Member(world.C)),
            world.Query("not_allowed", AggregationSql, Member(world.C)),
            world.Query("outsider", ListSql, Member(world.D)),
            world.Query("no_settings", ListSql, Member(world.A)),
            world.Query("foreign_bucket", ListSql, S3("a-data")),
            world.Query("missing_bucket", ListSql, S3("no-such-bucket-anywhere")));

        var query = Observed.Ok(runs["to_c"]!["final"], "LIST result for C")["protectedQuery"]!;
        Assert.Equal("SUCCESS", (string?)query["status"]);
        var id = (string)query["id"]!;
        Assert.Null(query["result"]!["output"]!["s3"]);
        Assert.Equal(world.C.AccountId, (string?)query["result"]!["output"]!["memberList"]![0]!["accountId"]);
        Assert.Equal(world.C.AccountId, (string?)query["resultConfiguration"]!["outputConfiguration"]!["member"]!["accountId"]);
        Assert.DoesNotContain("c-results", query.ToJsonString(), StringComparison.Ordinal);

        // C finds it under its own default location; B cannot read C's bucket.
        var key = $"s3://c-results/cleanroom/{id}/result/{id}.csv";
        using var downloads = new TempDirectory("cleanroom-result");
        (await AwsCli.RunAsync(world.Url, world.C, "s3", "cp", key, downloads.Combine("c.csv"))).EnsureSuccess();
        var lines = await File.ReadAllLinesAsync(downloads.Combine("c.csv"));
        Assert.Equal("segment", lines[0]);
        Assert.Equal(world.Data.BuyerSegments(), lines.Skip(1).Order(StringComparer.Ordinal));
        var refused = await AwsCli.RunAsync(world.Url, world.B, "s3", "cp", key, downloads.Combine("b.csv"));
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("403", refused.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(downloads.Combine("b.csv")));

        var notAllowed = Observed.FieldError(runs["not_allowed"]!["start"], "resultConfiguration", "INVALID_CONFIGURATION", "C is not a receiver of purchases");
        Assert.Contains("purchases", (string?)notAllowed["message"], StringComparison.Ordinal);
        Assert.DoesNotContain("exposures", (string?)notAllowed["message"], StringComparison.Ordinal);
        Observed.FieldError(runs["outsider"]!["start"], "resultConfiguration.outputConfiguration.member.accountId", "INVALID_CONFIGURATION", "an outsider as receiver");
        Observed.FieldError(runs["no_settings"]!["start"], "resultConfiguration.outputConfiguration.member.accountId", "INVALID_CONFIGURATION", "a receiver without result settings");
        var foreign = Observed.FieldError(runs["foreign_bucket"]!["start"], "resultConfiguration.outputConfiguration.s3.bucket", "INVALID_CONFIGURATION", "A's bucket");
        var missing = Observed.FieldError(runs["missing_bucket"]!["start"], "resultConfiguration.outputConfiguration.s3.bucket", "INVALID_CONFIGURATION", "no bucket");
        Assert.Equal((string?)missing["message"], (string?)foreign["message"]);
    }

    private static JsonObject Member(TestAccount account) =>
        new() { ["outputConfiguration"] = new JsonObject { ["member"] = new JsonObject { ["accountId"] = account.AccountId } } };

    private static JsonObject S3(string bucket) =>
        new() { ["outputConfiguration"] = new JsonObject { ["s3"] = new JsonObject { ["resultFormat"] = "CSV", ["bucket"] = bucket } } };
}
