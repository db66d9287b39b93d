using BenchmarkDotNet.Attributes;
using Cleanroom.Sql.Parsing;
using Cleanroom.Sql.Rendering;

namespace Cleanroom.Benchmarks.Sql;

/// <summary>Parse + render of a typical ~2 KB clean-room query (CTEs, joins, window, CASE, date functions, thresholds).</summary>
[MemoryDiagnoser]
public class ParseRenderBenchmark
{
    private const string Query = """
        WITH exposed AS (
            SELECT p.hashed_email, p.segment, p.region, MIN(p.event_ts) AS first_seen, SUM(p.impressions) AS impressions
            FROM pub_events p
            INNER JOIN adv_crm a ON p.hashed_email = a.hashed_email
            WHERE p.event_date BETWEEN DATE '2024-01-01' AND DATE '2024-03-31'
              AND p.device IN ('ios', 'android', 'web')
              AND p.region IS NOT NULL
            GROUP BY p.hashed_email, p.segment, p.region
        ),
        converted AS (
            SELECT o.hashed_email, MIN(o.order_ts) AS first_order, SUM(o.amount) AS revenue, COUNT(*) AS orders
            FROM orders o
            WHERE o.order_ts >= TIMESTAMP '2024-01-01 00:00:00' AND o.status <> 'cancelled'
            GROUP BY o.hashed_email
        ),
        joined AS (
            SELECT e.segment, e.region, e.hashed_email, e.impressions,
                   CASE WHEN c.first_order > e.first_seen THEN 1 ELSE 0 END AS is_conversion,
                   COALESCE(c.revenue, 0) AS revenue,
                   DATEDIFF(CAST(c.first_order AS DATE), CAST(e.first_seen AS DATE)) AS days_to_convert,
                   ROW_NUMBER() OVER (PARTITION BY e.segment ORDER BY c.revenue DESC NULLS LAST) AS revenue_rank
            FROM exposed e
            LEFT JOIN converted c ON e.hashed_email = c.hashed_email
        )
        SELECT segment,
               region,
               COUNT(DISTINCT hashed_email) AS reach,
               SUM(impressions) AS impressions,
               SUM(is_conversion) AS conversions,
               ROUND(100.0 * SUM(is_conversion) / COUNT(DISTINCT hashed_email), 2) AS conversion_rate,
               ROUND(AVG(CASE WHEN is_conversion = 1 THEN days_to_convert END), 1) AS avg_days,
               SUM(revenue) AS revenue,
               MAX(CASE WHEN revenue_rank <= 10 THEN revenue END) AS top10_floor,
               UPPER(SUBSTRING(region, 1, 2)) AS region_code,
               DATE_TRUNC('month', CURRENT_DATE) AS report_month
        FROM joined
        WHERE segment NOT LIKE 'test%'
        GROUP BY segment, region
        HAVING COUNT(DISTINCT hashed_email) >= 100
        ORDER BY conversions DESC, segment, region
        LIMIT 500
        """;

    [Benchmark]
    public string ParseAndRender() => DuckDbRenderer.Render(SqlParser.Parse(Query).Query!);

    [Benchmark]
    public object? ParseOnly() => SqlParser.Parse(Query).Query;
}
