namespace Cleanroom.Cli.Demo.Scenario;

/// <summary>
/// How one demo table is stored and offered: its Glue database, table and columns (Hive types), the folder of its
/// objects in the owner's data bucket, its association name in the collaboration, and its aggregation rule.
/// </summary>
internal sealed record TableShape(
    string Database,
    string Table,
    IReadOnlyList<(string Name, string Type)> Columns,
    IReadOnlyList<(string Column, string[] Functions)> AggregateColumns,
    IReadOnlyList<string> DimensionColumns,
    bool JoinRequired)
{
    public const string UserId = "user_id";

    public static TableShape Exposures { get; } = new(
        "advertising",
        "exposures",
        [(UserId, "string"), ("segment", "string"), ("campaign", "string"), ("exposure_date", "date")],
        [(UserId, ["COUNT_DISTINCT"])],
        ["segment", "campaign", "exposure_date"],
        JoinRequired: true);

    public static TableShape Purchases { get; } = new(
        "retail",
        "purchases",
        [(UserId, "string"), ("category", "string"), ("amount", "decimal(10,2)"), ("purchase_date", "date")],
        [(UserId, ["COUNT_DISTINCT"]), ("amount", ["SUM", "AVG"])],
        ["category", "purchase_date"],
        JoinRequired: false);
}
