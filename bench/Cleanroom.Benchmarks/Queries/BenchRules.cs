namespace Cleanroom.Benchmarks.Queries;

/// <summary>
/// The configured tables' analysis rules. AGGREGATION: ids only in joins and COUNT(DISTINCT), amounts only in SUM,
/// attributes as dimensions, at least 100 distinct users per result row. LIST: listed attributes, joined on the user
/// id. CUSTOM: any query or template by the retailer.
/// </summary>
internal static class BenchRules
{
    public static readonly object ImpressionsAggregation = Aggregation("spend", ["segment", "region", "device", "event_date"]);

    public static readonly object PurchasesAggregation = Aggregation("amount", ["campaign"]);

    public static object List(string[] listed) => new { v1 = new { list = new { joinColumns = new[] { "user_id", "hashed_email" }, listColumns = listed } } };

    public static object Custom(string provider) => new { v1 = new { custom = new { allowedAnalyses = new[] { "ANY_QUERY" }, allowedAnalysisProviders = new[] { provider } } } };

    private static object Aggregation(string amount, string[] dimensions) => new
    {
        v1 = new
        {
            aggregation = new
            {
                aggregateColumns = new[]
                {
                    new { columnNames = new[] { "user_id" }, function = "COUNT_DISTINCT" },
                    new { columnNames = new[] { amount }, function = "SUM" },
                },
                joinColumns = new[] { "user_id", "hashed_email" },
                dimensionColumns = dimensions,
                scalarFunctions = Array.Empty<string>(),
                outputConstraints = new[] { new { columnName = "user_id", minimum = WorldSetup.Threshold, type = "COUNT_DISTINCT" } },
            },
        },
    };
}
