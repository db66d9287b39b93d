namespace Cleanroom.Cli.Datagen;

/// <summary>
/// The two tables of the reference advertising dataset: an ad platform's impressions and a retailer's purchases,
/// joinable on <c>user_id</c> (BIGINT) or on <c>hashed_email</c> (the SHA-256 hex of the person's e-mail address).
/// </summary>
internal sealed record DatasetTable(string Name, IReadOnlyList<DatasetColumn> Columns)
{
    public const int Segments = 1000;
    public const int Regions = 50;
    public const int Campaigns = 100;

    public static readonly DatasetTable Impressions = new("impressions",
    [
        new("user_id", "bigint"),
        new("hashed_email", "string"),
        new("segment", "string"),
        new("region", "string"),
        new("device", "string"),
        new("event_date", "date"),
        new("spend", "decimal(10,2)"),
    ]);

    public static readonly DatasetTable Purchases = new("purchases",
    [
        new("user_id", "bigint"),
        new("hashed_email", "string"),
        new("campaign", "string"),
        new("amount", "decimal(10,2)"),
    ]);

    public static readonly IReadOnlyList<DatasetTable> All = [Impressions, Purchases];
}
