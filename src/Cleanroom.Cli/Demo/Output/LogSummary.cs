using System.Text.Json.Nodes;
using Cleanroom.Cli.Demo.Scenario;
using Spectre.Console;

namespace Cleanroom.Cli.Demo.Output;

/// <summary>
/// One member's query log records for the demo's query, one row each: when, which stage, which of the member's own
/// tables the record is about (an owner gets one per table, with its rule; the runner one about the query), who ran
/// the query and how it ended. Narrow enough for an 80-column terminal.
/// </summary>
internal static class LogSummary
{
    public static Table From(DemoMember member, string collaborationId, IReadOnlyList<JsonNode> records, IReadOnlyDictionary<string, string> names)
    {
        var table = new Table()
            .Title(Markup.Escape($"{member.Name}'s query log: /aws/cleanrooms/{collaborationId}"))
            .AddColumns("Time (UTC)", "Stage", "Own table", "Rule", "Run by", "Outcome");
        foreach (var record in records.OrderBy(record => (string?)record["eventTimestamp"], StringComparer.Ordinal))
        {
            var timestamp = (string?)record["eventTimestamp"] ?? string.Empty;
            var runners = record["queryRunners"]?.AsArray().Select(runner => (string?)runner ?? string.Empty) ?? [];
            table.AddRow(
                Markup.Escape(timestamp.Contains('T', StringComparison.Ordinal) ? timestamp[(timestamp.IndexOf('T', StringComparison.Ordinal) + 1)..].TrimEnd('Z') : timestamp),
                Markup.Escape((string?)record["logStage"] ?? string.Empty),
                Markup.Escape((string?)record["schemaName"] ?? "(query)"),
                Markup.Escape((string?)record["directQueryAnalysisRuleType"] ?? string.Empty),
                Markup.Escape(string.Join(", ", runners.Select(runner => names.TryGetValue(runner, out var name) ? name : runner))),
                Markup.Escape(Outcome(record)));
        }

        if (records.Count == 0)
        {
            table.AddRow("(no records)", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
        }

        return table;
    }

    private static string Outcome(JsonNode record)
    {
        if ((string?)record["status"] is { } status)
        {
            return status;
        }

        return record["queryValidationErrors"]?.AsArray().Count > 0 ? "rejected" : "accepted";
    }
}
