namespace Cleanroom.Cli.Demo.Data;

/// <summary>The generated tables as CSV objects: the advertiser's exposures and the retailer's purchases.</summary>
internal sealed record DemoTables(IReadOnlyList<TableObject> Exposures, IReadOnlyList<TableObject> Purchases)
{
    public int ExposureRows => Exposures.Sum(part => part.Rows);

    public int PurchaseRows => Purchases.Sum(part => part.Rows);

    public long Bytes => Exposures.Concat(Purchases).Sum(part => (long)part.Content.Length);
}
