namespace Cleanroom.Benchmarks.Queries;

/// <summary>
/// Q1–Q5 of the benchmark plan. AGGREGATION tables enforce at least 100 distinct users per result row; the rewrite
/// adds that HAVING for every table instance, which the raw SQL writes once by hand (the join equates the two ids).
/// </summary>
internal static class CanonicalQueries
{
    private const string JoinSelect = "COUNT(DISTINCT i.user_id) AS people, SUM(i.spend) AS spend, SUM(p.amount) AS revenue";
    private const string JoinOn = "i JOIN {purchases} p ON i.user_id = p.user_id";
    private const string Having = " HAVING COUNT(DISTINCT i.user_id) >= 100";

    public static readonly CanonicalQuery Q1 = new(
        "Q1",
        "single table: COUNT(DISTINCT user) and SUM by segment (1,000 groups)",
        $"SELECT segment, COUNT(DISTINCT user_id) AS people, SUM(spend) AS spend FROM {TableNames.Impressions} GROUP BY segment",
        "SELECT segment, COUNT(DISTINCT user_id) AS people, SUM(spend) AS spend FROM {impressions} GROUP BY segment HAVING COUNT(DISTINCT user_id) >= 100",
        "SELECT segment FROM {impressions} GROUP BY segment");

    public static readonly CanonicalQuery Q2 = new(
        "Q2",
        "join on user id, by campaign and region (5,000 groups), COUNT(DISTINCT) and two sums",
        $"SELECT p.campaign, i.region, {JoinSelect} FROM {TableNames.Impressions} i JOIN {TableNames.Purchases} p ON i.user_id = p.user_id GROUP BY p.campaign, i.region",
        $"SELECT p.campaign, i.region, {JoinSelect} FROM {{impressions}} {JoinOn} GROUP BY p.campaign, i.region{Having}",
        $"SELECT p.campaign, i.region FROM {{impressions}} {JoinOn} GROUP BY p.campaign, i.region");

    public static readonly CanonicalQuery Q3 = new(
        "Q3",
        "the same join by campaign and segment (100,000 groups)",
        $"SELECT p.campaign, i.segment, {JoinSelect} FROM {TableNames.Impressions} i JOIN {TableNames.Purchases} p ON i.user_id = p.user_id GROUP BY p.campaign, i.segment",
        $"SELECT p.campaign, i.segment, {JoinSelect} FROM {{impressions}} {JoinOn} GROUP BY p.campaign, i.segment{Having}",
        $"SELECT p.campaign, i.segment FROM {{impressions}} {JoinOn} GROUP BY p.campaign, i.segment");

    public static readonly CanonicalQuery Q4 = new(
        "Q4",
        "LIST: the segment and campaign pairs the two audiences share",
        $"SELECT DISTINCT i.segment, p.campaign FROM {TableNames.ImpressionsList} i JOIN {TableNames.PurchasesList} p ON i.user_id = p.user_id",
        $"SELECT DISTINCT i.segment, p.campaign FROM {{impressions}} {JoinOn}",
        null);

    public static readonly CanonicalQuery Q5 = new(
        "Q5",
        "CUSTOM template: a CTE of buyers per campaign and segment, ranked by revenue with a window function",
        Template(TableNames.ImpressionsCustom + " i JOIN " + TableNames.PurchasesCustom + " p ON i.user_id = p.user_id", ":min_people"),
        Template("{impressions} " + JoinOn, "100"),
        Template("{impressions} " + JoinOn, "0"),
        ("min_people", 100));

    public static readonly IReadOnlyList<CanonicalQuery> All = [Q1, Q2, Q3, Q4, Q5];

    /// <summary>Q5's text: the template (with its parameter) or the raw SQL (with the value written in).</summary>
    private static string Template(string from, string minimum) => $"""
        WITH buyers AS (
            SELECT p.campaign, i.segment, COUNT(DISTINCT i.user_id) AS people, SUM(p.amount) AS revenue
            FROM {from}
            GROUP BY p.campaign, i.segment
            HAVING COUNT(DISTINCT i.user_id) >= {minimum})
        SELECT campaign, segment, people, revenue, RANK() OVER (PARTITION BY campaign ORDER BY revenue DESC) AS revenue_rank
        FROM buyers
        """;
}
