using BenchmarkDotNet.Attributes;
using Cleanroom.Rules;
using Cleanroom.Rules.Policies;
using Cleanroom.Rules.Schema;
using Cleanroom.Sql.Binding;
using Cleanroom.Sql.Parsing;
using Cleanroom.Sql.Rendering;

namespace Cleanroom.Benchmarks.Rules;

/// <summary>
/// Parse + (bind) + check + rewrite + render of the benchmark plan's five canonical protected queries. Target: under
/// 2 ms each.
/// </summary>
[MemoryDiagnoser]
public class RuleCheckBenchmark
{
    private const string Runner = "111111111111";
    private const string TemplateArn = "arn:aws:cleanrooms:us-east-1:111111111111:membership/m/analysistemplate/attribution";

    private const string Q1 = "SELECT a.segment, COUNT(DISTINCT a.hashed_email) AS users, SUM(a.amount) AS revenue FROM adv_crm a GROUP BY a.segment";

    private const string Q2 = """
        SELECT p.campaign, p.region, SUM(p.impressions) AS impressions, SUM(p.spend) AS spend
        FROM adv_crm a INNER JOIN pub_events p ON a.hashed_email = p.hashed_email
        GROUP BY p.campaign, p.region
        """;

    private const string Q3 = """
        SELECT p.campaign, a.segment, COUNT(DISTINCT p.hashed_email) AS reach, SUM(p.impressions) AS impressions
        FROM adv_crm a JOIN pub_events p ON a.hashed_email = p.hashed_email
        WHERE p.region IN ('NE', 'SE') AND a.segment <> 'test'
        GROUP BY p.campaign, a.segment
        ORDER BY reach DESC
        """;

    private const string Q4 = """
        SELECT DISTINCT c.crm_id, s.segment AS audience
        FROM crm c INNER JOIN segments s ON c.hashed_email = s.hashed_email
        WHERE s.segment IN ('sports', 'travel') AND c.tier <> 'test'
        LIMIT 10000
        """;

    private const string Q5 = """
        WITH exposures AS (
            SELECT i.hashed_email, i.campaign, i.event_ts,
                   ROW_NUMBER() OVER (PARTITION BY i.hashed_email, i.campaign ORDER BY i.event_ts) AS touch
            FROM impressions i
            WHERE i.event_ts >= :start
        ),
        conversions AS (
            SELECT o.hashed_email, MIN(o.order_ts) AS first_order, SUM(o.amount) AS revenue
            FROM orders o
            GROUP BY o.hashed_email
        )
        SELECT e.campaign, COUNT(DISTINCT e.hashed_email) AS converters, SUM(c.revenue) AS revenue
        FROM exposures e JOIN conversions c ON e.hashed_email = c.hashed_email
        WHERE e.touch = 1 AND c.first_order > e.event_ts
        GROUP BY e.campaign
        HAVING COUNT(DISTINCT e.hashed_email) >= 50
        ORDER BY revenue DESC
        """;

    private QueryContext aggregation = null!;
    private QueryContext list = null!;
    private QueryContext custom = null!;

    [GlobalSetup]
    public void Setup()
    {
        var crm = new SchemaTable("adv_crm", Runner,
            [new("hashed_email", "string"), new("segment", "string"), new("amount", "decimal(12,2)")],
            new AggregationRule(
                [new(["hashed_email"], AggregateFunction.CountDistinct), new(["amount"], AggregateFunction.Sum)],
                ["hashed_email"], ["segment"], ["LOWER", "UPPER"], [new("hashed_email", 100)]),
            "cr_view_adv_crm");
        var events = new SchemaTable("pub_events", "222222222222",
            [new("hashed_email", "string"), new("campaign", "string"), new("region", "string"), new("impressions", "bigint"), new("spend", "double")],
            new AggregationRule(
                [new(["hashed_email"], AggregateFunction.CountDistinct), new(["impressions", "spend"], AggregateFunction.Sum)],
                ["hashed_email"], ["campaign", "region"], [], [new("hashed_email", 100)]) { JoinRequired = true },
            "cr_view_pub_events");
        aggregation = new QueryContext(Runner, [crm, events]);
        list = new QueryContext(Runner,
        [
            new SchemaTable("crm", Runner, [new("hashed_email", "string"), new("crm_id", "string"), new("tier", "string")],
                new ListRule(["hashed_email"], ["crm_id", "tier"]), "cr_view_crm"),
            new SchemaTable("segments", "222222222222", [new("hashed_email", "string"), new("segment", "string")],
                new ListRule(["hashed_email"], ["segment"]), "cr_view_segments"),
        ]);
        var providers = new CustomRule([TemplateArn]);
        custom = new QueryContext(Runner,
        [
            new SchemaTable("impressions", "222222222222", [new("hashed_email", "string"), new("campaign", "string"), new("event_ts", "timestamp")],
                providers with { DisallowedOutputColumns = ["event_ts"] }, "cr_view_impressions"),
            new SchemaTable("orders", Runner, [new("hashed_email", "string"), new("order_ts", "timestamp"), new("amount", "decimal(12,2)")],
                providers, "cr_view_orders"),
        ])
        { Template = new TemplateRun(TemplateArn, Runner) };
    }

    [Benchmark]
    public string Q1SingleTableReach() => Run(Q1, aggregation);

    [Benchmark]
    public string Q2JoinByCampaignAndRegion() => Run(Q2, aggregation);

    [Benchmark]
    public string Q3JoinByCampaignAndSegment() => Run(Q3, aggregation);

    [Benchmark]
    public string Q4ListOverlap() => Run(Q4, list);

    [Benchmark]
    public string Q5CustomTemplate()
    {
        var bound = ParameterBinder.Bind(
            SqlParser.Parse(Q5).Query!,
            [new ParameterDeclaration("start", ParameterType.Timestamp)],
            new Dictionary<string, string> { ["start"] = "2024-01-01 00:00:00" });
        return Render(ProtectedQueryChecker.Check(bound.Query!, custom));
    }

    private static string Run(string sql, QueryContext context) => Render(ProtectedQueryChecker.Check(SqlParser.Parse(sql).Query!, context));

    private static string Render(CheckResult result) => result is Accepted { Query: var query }
        ? DuckDbRenderer.Render(query.ExecutableTree, query.RenderOptions)
        : throw new InvalidOperationException("benchmark query rejected: " + string.Join("; ", ((Rejected)result).Violations));
}
