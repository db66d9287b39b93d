using Cleanroom.Rules.Policies;
using Cleanroom.Rules.Schema;
using DuckDB.NET.Data;

namespace Cleanroom.Rules.Tests.Generated;

/// <summary>
/// The running example of peers-and-attacks Part B, scaled down: a publisher's <c>pub_events</c> (threshold 5
/// distinct hashed emails, join to the runner required) and the runner's <c>adv_crm</c>, whose rows the runner
/// controls completely. h07 is the target; h01–h04 are pads the runner knows are in the target's segment.
/// </summary>
internal sealed class AttackWorld : IDisposable
{
    public const string Runner = "111111111111";
    public const string Target = "h07";
    public static readonly string[] Pads = ["h01", "h02", "h03", "h04"];

    private readonly DuckDBConnection connection;

    /// <param name="runnerRows">The runner's table: (hashed email, crm id) rows, duplicates allowed.</param>
    public AttackWorld(IEnumerable<(string Email, string CrmId)> runnerRows)
    {
        Context = new QueryContext(Runner, [Publisher, Crm]);
        var events = new List<Row>();
        for (var i = 0; i < 20; i++)
        {
            var email = $"h{i:00}";
            var inSegment = i is >= 1 and <= 4 or 7;
            for (var e = 0; e < 1 + (i % 3); e++)
            {
                events.Add(new Row(new()
                {
                    ["hashed_email"] = email,
                    ["segment"] = inSegment ? "diabetes_interest" : "sports",
                    ["region"] = i == 7 ? "NW-7" : i % 2 == 0 ? "SE-1" : "NE-2",
                    ["device"] = i % 4 == 0 ? "ios" : "android",
                    ["age_years"] = 20L + i,
                    ["score"] = i * 1.5,
                    ["spend"] = email == Target ? 42.50m : 10.00m,
                    ["event_id"] = $"{email}-{e}",
                }));
            }
        }
        var crm = runnerRows.Select(r => new Row(new() { ["hashed_email"] = r.Email, ["crm_id"] = r.CrmId, ["tier"] = "probe", ["amount"] = 1L })).ToList();
        connection = GeneratedTable.Open([new GeneratedTable(Publisher, events), new GeneratedTable(Crm, crm)]);
    }

    public QueryContext Context { get; }

    public static SchemaTable Publisher { get; } = new(
        "pub_events",
        "222222222222",
        [new("hashed_email", "string"), new("segment", "string"), new("region", "string"), new("device", "string"), new("age_years", "bigint"),
         new("score", "double"), new("spend", "decimal(10,2)"), new("event_id", "string")],
        new AggregationRule(
            [new(["hashed_email"], AggregateFunction.CountDistinct), new(["spend"], AggregateFunction.Sum), new(["spend"], AggregateFunction.Avg),
             new(["event_id"], AggregateFunction.Count)],
            ["hashed_email"],
            ["segment", "region", "device", "age_years", "score"],
            ["LOWER", "CAST", "ROUND", "EXTRACT", "COALESCE", "FLOOR"],
            [new("hashed_email", 5)]) { JoinRequired = true },
        "attack_view_pub_events");

    public static SchemaTable Crm { get; } = new(
        "adv_crm",
        Runner,
        [new("hashed_email", "string"), new("crm_id", "string"), new("tier", "string"), new("amount", "bigint")],
        new AggregationRule(
            [new(["hashed_email"], AggregateFunction.CountDistinct), new(["amount"], AggregateFunction.Sum)],
            ["hashed_email"],
            ["crm_id", "tier"],
            ["LOWER"],
            [new("hashed_email", 2)]),
        "attack_view_adv_crm");

    /// <summary>Pads and target, each once, with crm ids C-… (the target is C-000042).</summary>
    public static IEnumerable<(string, string)> PadsAndTarget() =>
        [.. Pads.Select((p, i) => (p, $"C-00000{i}")), (Target, "C-000042")];

    /// <summary>Checks, renders and runs; the query must be accepted.</summary>
    public List<object?[]> Run(string sql)
    {
        var accepted = Assert.IsType<Accepted>(Support.Checks.Run(sql, Context), exactMatch: false);
        return Support.ResultRows.Read(connection, Support.Checks.Render(accepted.Query));
    }

    public void Dispose() => connection.Dispose();
}
