namespace Cleanroom.Benchmarks.Queries;

/// <summary>
/// The association names the queries use. A configured table has one analysis rule, so each dataset table is
/// configured three times over the same Glue table: AGGREGATION, LIST and CUSTOM.
/// </summary>
internal static class TableNames
{
    public const string Impressions = "impressions";
    public const string Purchases = "purchases";
    public const string ImpressionsList = "impressions_list";
    public const string PurchasesList = "purchases_list";
    public const string ImpressionsCustom = "impressions_custom";
    public const string PurchasesCustom = "purchases_custom";
}
