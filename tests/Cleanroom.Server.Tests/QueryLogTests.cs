using System.Globalization;
using System.Text.Json.Nodes;
using Cleanroom.Server.QueryLogs;
using Cleanroom.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Cleanroom.Server.Tests;

/// <summary>
/// Query logs written through the server's writer and read back with the real <c>aws logs</c> commands and boto3:
/// one group per collaboration and account, one stream per month, paging, filter patterns, ownership, deletion.
/// </summary>
public sealed class QueryLogTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private static readonly JsonNode Cases = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Cases", "query-log-events.json")))!;

    private static string Shared => (string)Cases["collaborations"]!["shared"]!;

    private static string Private => (string)Cases["collaborations"]!["private"]!;

    [Fact]
    public async Task MembersReadAndFilterOnlyTheirOwnQueryLogs()
    {
        var (a, b) = await WriteCasesAsync("A", "B");

        var shared = QueryLogWriter.GroupName(Shared);
        var fromHead = await Logs(a, "get-log-events", "--log-group-name", shared, "--log-stream-name", "2024/03", "--start-from-head");
        Assert.Equal(["q1", "q2", "q3", "q4"], EventIds(fromHead["events"]));
        Assert.Equal(DateTimeOffset.Parse("2024-03-05T10:00:00.123Z", CultureInfo.InvariantCulture).ToUnixTimeMilliseconds(), (long?)fromHead["events"]![0]!["timestamp"]);
        var firstPage = await Logs(a, "get-log-events", "--log-group-name", shared, "--log-stream-name", "2024/03", "--start-from-head", "--limit", "2");
        Assert.Equal(["q1", "q2"], EventIds(firstPage["events"]));
        var forward = (string)firstPage["nextForwardToken"]!;
        Assert.StartsWith("f/", forward, StringComparison.Ordinal);
        Assert.StartsWith("b/", (string?)firstPage["nextBackwardToken"], StringComparison.Ordinal);
        var secondPage = await Logs(a, "get-log-events", "--log-group-name", shared, "--log-stream-name", "2024/03", "--next-token", forward);
        Assert.Equal(["q3", "q4"], EventIds(secondPage["events"]));

        Assert.Equal(["q2", "q3"], EventIds((await Logs(a, "filter-log-events", "--log-group-name", shared, "--filter-pattern", "FAILED"))["events"]));
        Assert.Equal(["q3"], EventIds((await Logs(a, "filter-log-events", "--log-group-name", shared, "--filter-pattern", "FAILED -\"timed out\""))["events"]));
        Assert.Equal(["q2", "q3"], EventIds((await Logs(a, "filter-log-events", "--log-group-name", shared, "--filter-pattern", "{ $.status = \"FAILED\" }"))["events"]));
        Assert.Equal(["q1", "q5"], EventIds((await Logs(a, "filter-log-events", "--log-group-name", shared, "--filter-pattern", "{ $.rows > 5 && $.status != \"FAILED\" }"))["events"]));
        Assert.Equal(["q4"], EventIds((await Logs(a, "filter-log-events", "--log-group-name", shared, "--filter-pattern", "{ $.status NOT EXISTS }"))["events"]));

        // B has its own copy of the shared group; A's private group does not exist for B.
        Assert.Equal(["q1"], EventIds((await Logs(b, "filter-log-events", "--log-group-name", shared))["events"]));
        var private1 = QueryLogWriter.GroupName(Private);
        foreach (var refused in new[]
        {
            await AwsCli.RunAsync(fixture.Url, b, "logs", "get-log-events", "--log-group-name", private1, "--log-stream-name", "2024/03"),
            await AwsCli.RunAsync(fixture.Url, b, "logs", "filter-log-events", "--log-group-name", private1, "--filter-pattern", "SQL"),
        })
        {
            Assert.NotEqual(0, refused.ExitCode);
            Assert.Contains("ResourceNotFoundException", refused.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("eventId", refused.Stdout + refused.Stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task LogsApiPagesFiltersAndDeletesLikeCloudWatch()
    {
        var (a, b) = await WriteCasesAsync("A2", "B2");
        var writer = fixture.Server.Services.GetRequiredService<QueryLogWriter>();

        var times = Cases["events"]!.AsArray().ToDictionary(item => (string)item!["record"]!["eventId"]! + (string)item["account"]!, item => Time(item!).ToUnixTimeMilliseconds());
        var arguments = new JsonObject { ["shared"] = Shared, ["private"] = Private, ["q2_time"] = times["q2A"], ["q4_time"] = times["q4A"] };
        var r = await Boto3Script.RunAsync("query_logs.py", fixture.Url, [a with { Name = "A" }, b with { Name = "B" }], arguments);

        var groups = Observed.Ok(r["groups"], "describe groups")["logGroups"]!.AsArray();
        Assert.Equal(new[] { Shared, Private }.Select(QueryLogWriter.GroupName).Order(StringComparer.Ordinal), groups.Select(group => (string)group!["logGroupName"]!));
        Assert.Equal($"arn:aws:logs:us-east-1:{a.AccountId}:log-group:{QueryLogWriter.GroupName(Shared)}", (string?)groups.Single(group => ((string)group!["logGroupName"]!).EndsWith(Shared, StringComparison.Ordinal))!["logGroupArn"]);
        Assert.Equal(2, Strings(r["groups_page1"]).Concat(Strings(r["groups_page2"])).Distinct().Count());
        Assert.Equal([QueryLogWriter.GroupName(Private)], Strings(r["groups_pattern"]));
        Assert.Equal([QueryLogWriter.GroupName(Shared)], Strings(r["groups_b"]));
        Observed.Error(r["groups_bad_token"], "InvalidParameterException", 400, "forged token");

        var streams = Observed.Ok(r["streams"], "describe streams")["logStreams"]!.AsArray();
        Assert.Equal(["2024/03", "2024/04"], streams.Select(stream => (string)stream!["logStreamName"]!));
        Assert.Equal(times["q4A"], (long?)streams[0]!["lastEventTimestamp"]);
        Assert.Equal(times["q1A"], (long?)streams[0]!["firstEventTimestamp"]);
        Assert.Equal(["2024/04", "2024/03"], Strings(r["streams_by_time"]));
        Assert.Equal(["2024/04"], Strings(r["streams_prefix"]));
        Observed.Error(r["streams_prefix_and_time"], "InvalidParameterException", 400, "prefix with LastEventTime");
        Assert.Equal(["2024/03", "2024/04"], Strings(r["streams_paged"]));
        Observed.Ok(r["streams_by_arn"], "identifier by name");

        Assert.Equal(["q3", "q4"], Strings(r["latest"]));
        Assert.Equal(["q1", "q2"], Strings(r["earlier"]));
        Assert.Empty(Strings(r["before_start"]));
        Assert.Equal(["q1", "q2", "q3"], Strings(r["head"]));
        Assert.Equal(["q4"], Strings(r["rest"]));
        Assert.Empty(Strings(r["end"]!["events"]));
        Assert.True((bool)r["end"]!["same_token"]!);
        Assert.Equal(["q2", "q3"], Strings(r["window"]));
        Assert.Equal("f/", (string?)r["tokens"]!["forward"]);
        Assert.Equal("b/", (string?)r["tokens"]!["backward"]);
        Observed.Error(r["bad_token"], "InvalidParameterException", 400, "forged f/ token");
        Observed.Error(r["missing_stream"], "ResourceNotFoundException", 400, "missing stream");

        Assert.Equal(["q1", "q2", "q3", "q4", "q5"], Strings(r["filter_all"]));
        Assert.Equal(new[] { new[] { "q1", "q2" }, ["q3", "q4"], ["q5"] }, r["filter_paged"]!.AsArray().Select(page => Strings(page)));
        Assert.Equal(["q5"], Strings(r["filter_stream_names"]));
        Assert.Equal(["q1", "q5"], Strings(r["filter_stream_prefix"]));
        Assert.Equal(["q2", "q3", "q4"], Strings(r["filter_time"]));
        Assert.Equal("2024/04", (string?)r["filter_event_fields"]!["logStreamName"]);
        Assert.Equal(times["q5A"], (long?)r["filter_event_fields"]!["timestamp"]);
        Assert.NotNull((string?)r["filter_event_fields"]!["eventId"]);
        Observed.Error(r["filter_invalid"], "InvalidParameterException", 400, "invalid filter pattern");
        Observed.Error(r["filter_names_and_prefix"], "InvalidParameterException", 400, "names with a prefix");

        Assert.Equal(["q1"], Strings(r["b_shared"]));
        foreach (var refused in new[] { "b_private_events", "b_private_filter", "b_private_streams", "b_private_delete", "b_by_a_arn" })
        {
            var error = Observed.Error(r[refused], "ResourceNotFoundException", 400, refused);
            Assert.Equal("The specified log group does not exist.", (string?)error["message"]);
        }

        Assert.Equal(["p1"], Strings(r["a_by_own_arn"]));
        foreach (var write in new[] { "put_log_events", "create_log_group", "create_log_stream" })
        {
            Observed.Error(r[write], "AccessDeniedException", 400, write);
        }

        Observed.Ok(r["delete"], "delete the group");
        Observed.Error(r["after_delete"], "ResourceNotFoundException", 400, "deleted group");
        Observed.Error(r["delete_again"], "ResourceNotFoundException", 400, "delete twice");

        // Spec 7.2: once the member deleted the group, logs stop until query logging is switched on again.
        var late = DateTimeOffset.Parse("2024-05-02T00:00:00Z", CultureInfo.InvariantCulture);
        Assert.False(await writer.AppendAsync(a.AccountId, Private, late, "{\"eventId\":\"p2\"}"));
        var stopped = await Boto3Script.RunAsync("query_logs_after_delete.py", fixture.Url, [a with { Name = "A" }], (JsonObject)arguments.DeepClone());
        Assert.Empty(Strings(stopped["groups"]));
        await writer.ResumeAsync(a.AccountId, Private);
        Assert.True(await writer.AppendAsync(a.AccountId, Private, late, "{\"eventId\":\"p2\"}"));
        var resumed = await Boto3Script.RunAsync("query_logs_after_delete.py", fixture.Url, [a with { Name = "A" }], (JsonObject)arguments.DeepClone());
        Assert.Equal([QueryLogWriter.GroupName(Private)], Strings(resumed["groups"]));
        Assert.Equal("2024/05", (string?)Observed.Ok(resumed["streams"], "streams after resuming")["logStreams"]![0]!["logStreamName"]);
    }

    [Fact]
    public async Task TheWriterAcceptsOnlyJsonRecords()
    {
        var writer = fixture.Server.Services.GetRequiredService<QueryLogWriter>();
        await Assert.ThrowsAsync<ArgumentException>(() => writer.AppendAsync("111122223333", Shared, DateTimeOffset.UtcNow, "not json"));
        await Assert.ThrowsAsync<ArgumentException>(() => writer.AppendAsync("111122223333", Shared, DateTimeOffset.UnixEpoch.AddDays(-1), "{}"));
        await Assert.ThrowsAsync<ArgumentException>(() => writer.AppendAsync("111122223333", Shared, DateTimeOffset.UtcNow, $"\"{new string('x', QueryLogWriter.MaxMessageBytes)}\""));
        Assert.Equal("2024/03", QueryLogWriter.StreamName(DateTimeOffset.Parse("2024-03-31T23:59:59.999-01:00", CultureInfo.InvariantCulture).AddHours(-1)));
        Assert.Equal("2024/04", QueryLogWriter.StreamName(DateTimeOffset.Parse("2024-03-31T23:59:59.999-01:00", CultureInfo.InvariantCulture)));
    }

    /// <summary>Two new accounts, and the case file's events appended through the writer for them.</summary>
    private async Task<(TestAccount A, TestAccount B)> WriteCasesAsync(string nameA, string nameB)
    {
        var a = await fixture.Server.CreateAccountAsync(nameA);
        var b = await fixture.Server.CreateAccountAsync(nameB);
        var writer = fixture.Server.Services.GetRequiredService<QueryLogWriter>();
        foreach (var item in Cases["events"]!.AsArray())
        {
            var account = (string)item!["account"]! == "A" ? a : b;
            var collaboration = (string)Cases["collaborations"]![(string)item["collaboration"]!]!;
            Assert.True(await writer.AppendAsync(account.AccountId, collaboration, Time(item), item["record"]!.ToJsonString()));
        }

        return (a, b);
    }

    private async Task<JsonNode> Logs(TestAccount account, params string[] arguments) =>
        (await AwsCli.RunAsync(fixture.Url, account, ["logs", .. arguments])).EnsureSuccess().Json!;

    private static DateTimeOffset Time(JsonNode item) => DateTimeOffset.Parse((string)item["time"]!, CultureInfo.InvariantCulture);

    private static string[] EventIds(JsonNode? events) =>
        events!.AsArray().Select(item => (string)JsonNode.Parse((string)item!["message"]!)!["eventId"]!).ToArray();

    private static string[] Strings(JsonNode? array) => array!.AsArray().Select(item => item!.GetValue<string>()).ToArray();
}
