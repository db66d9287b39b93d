using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cleanroom.Server.Tests.Infrastructure;
using DuckDB.NET.Data;

namespace Cleanroom.Server.Tests.ProtectedQueries;

/// <summary>
/// The checker's verdicts reach the caller: refused queries are ValidationException INVALID_QUERY naming the rule and
/// the position, without the query's literals; they still leave SUBMISSION records with the runner and the owners of
/// the tables they name. Queries that fail while running end FAILED with a fixed code and message: the value DuckDB
/// would have quoted appears neither in the error nor in any log record.
/// </summary>
[Collection(ProtectedQueryCollection.Name)]
public sealed partial class RejectionTests(ProtectedQueryWorld world)
{
    [Fact]
    public async Task RefusedQueriesNameTheRuleAndPositionAndAreLogged()
    {
        var cases = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Cases", "protected-query-rejections.json")))!.AsArray();
        var r = await Boto3Script.RunAsync("protected_rejections.py", world.Url, world.Accounts, new JsonObject
        {
            ["membership"] = world.MembershipOf("B"),
            ["queries"] = new JsonArray([.. cases.Select(c => c!["sql"]!.DeepClone())]),
        });
        var answers = r["answers"]!.AsArray();
        for (var index = 0; index < cases.Count; index++)
        {
            var entry = cases[index]!;
            var name = (string)entry["name"]!;
            var error = Observed.Error(answers[index], "ValidationException", 400, name);
            Assert.Equal("INVALID_QUERY", (string?)error["reason"]);
            var message = (string)error["message"]!;
            Assert.True(message.Contains((string)entry["position"]!, StringComparison.Ordinal), $"{name}: {message}");
            if ((string?)entry["rule"] is { } rule)
            {
                Assert.True(message.Contains($"[{rule}]", StringComparison.Ordinal), $"{name}: {message}");
            }

            if ((string?)entry["contains"] is { } text)
            {
                Assert.Contains(text, message, StringComparison.Ordinal);
            }

            foreach (var literal in entry["absent"]!.AsArray().Select(item => (string)item!))
            {
                Assert.DoesNotContain(literal, error.ToJsonString(), StringComparison.Ordinal);
            }

            Assert.Equal("sqlParameters.queryString", (string?)error["fieldList"]![0]!["name"]);
        }

        // The refusal of exposures alone is in A's log (its table) and B's (the runner), with the validation errors.
        var joinRequired = cases.Select((c, i) => (c, i)).Single(pair => ((string)pair.c!["rule"]!) == "aggregation.joinRequired").c!;
        var a = await RecordsAsync(world.A, (string)joinRequired["sql"]!);
        var owner = Assert.Single(a);
        Assert.Equal("SUBMISSION", (string?)owner["logStage"]);
        Assert.Equal("exposures", (string?)owner["schemaName"]);
        Assert.Contains("Inner join to query runner table required", (string?)owner["queryValidationErrors"]![0], StringComparison.Ordinal);
        var runner = Assert.Single(await RecordsAsync(world.B, (string)joinRequired["sql"]!));
        Assert.Equal((string?)owner["eventId"], (string?)runner["eventId"]);
        Assert.Null(runner["schemaName"]);
        Assert.Null(runner["status"]);
    }

    [Fact]
    public async Task RuntimeErrorsCarryNoDataValue()
    {
        var runs = await world.RunAsync(
            // Before grouping, arithmetic and functions give NULL instead of failing; after it, a CUSTOM query can
            // still fail on a group's key, and that failure must say nothing of the value.
            world.Query("cast", "SELECT unbase64(a.note) AS n FROM audience_custom a GROUP BY a.note"),
            world.Query("overflow", "SELECT CAST(a.score AS BIGINT) * 9223372036854775807 AS s FROM audience_custom a GROUP BY a.score"));
        var cast = Observed.Ok(runs["cast"]!["final"], "the cast query")["protectedQuery"]!;
        Assert.Equal("FAILED", (string?)cast["status"]);
        Assert.Equal("CastError", (string?)cast["error"]!["code"]);
        Assert.Equal("A value could not be cast to the type the query needs.", (string?)cast["error"]!["message"]);
        var overflow = Observed.Ok(runs["overflow"]!["final"], "the overflow query")["protectedQuery"]!;
        Assert.Equal("OverflowError", (string?)overflow["error"]!["code"]);
        Assert.DoesNotMatch(@"\d", (string)overflow["error"]!["message"]!);
        Assert.Null(cast["result"]);

        // DuckDB itself would have told the runner one of A's notes.
        using (var duck = new DuckDBConnection("DataSource=:memory:"))
        {
            duck.Open();
            using var command = duck.CreateCommand();
            command.CommandText = $"SELECT from_base64('{world.Data.Exposures[0].Note}')";
            Assert.Contains(world.Data.Exposures[0].Note, Assert.Throws<DuckDBException>(() => command.ExecuteScalar()).Message, StringComparison.Ordinal);
        }

        foreach (var account in new[] { world.A, world.B })
        {
            foreach (var query in new[] { cast, overflow })
            {
                var records = await RecordsAsync(account, eventId: (string)query["id"]!);
                var termination = records.Single(record => (string?)record["logStage"] == "TERMINATION");
                Assert.Equal("FAILED", (string?)termination["status"]);
                Assert.Equal((string?)query["error"]!["code"], (string?)termination["errorCode"]);
                Assert.All(records, record => Assert.DoesNotContain("zebra", record.ToJsonString(), StringComparison.Ordinal));
                Assert.All(records, record => Assert.DoesNotMatch(NoteNumber(), record.ToJsonString()));
            }
        }
    }

    private async Task<List<JsonNode>> RecordsAsync(TestAccount account, string? sql = null, string? eventId = null)
    {
        var result = (await AwsCli.RunAsync(world.Url, account, "logs", "filter-log-events", "--log-group-name", $"/aws/cleanrooms/{world.CollaborationId}")).EnsureSuccess();
        return [.. result.Json!["events"]!.AsArray()
            .Select(e => JsonNode.Parse((string)e!["message"]!)!)
            .Where(record => (sql is null || (string?)record["queryText"] == sql) && (eventId is null || (string?)record["eventId"] == eventId))];
    }

    [GeneratedRegex(@"zebra note \d+")]
    private static partial Regex NoteNumber();
}
