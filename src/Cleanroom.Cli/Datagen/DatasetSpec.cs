namespace Cleanroom.Cli.Datagen;

/// <summary>
/// The size and seed of the reference advertising dataset. Everything else follows from the impression rows: one
/// person per four impressions, half as many purchases as impressions, and purchases by a quarter more people than
/// ever saw an ad (so a join on the user id matches most, not all, purchases).
/// </summary>
internal sealed record DatasetSpec(long ImpressionRows, long Seed, long RowsPerFile = DatasetSpec.DefaultRowsPerFile)
{
    public const long DefaultRowsPerFile = 1_000_000;

    public long People => Math.Max(1, ImpressionRows / 4);

    public long PurchaseRows => Math.Max(1, ImpressionRows / 2);

    /// <summary>Buyers are drawn from people 1 … <see cref="Buyers"/>; only 1 … <see cref="People"/> saw ads.</summary>
    public long Buyers => People + Math.Max(1, People / 4);

    public long RowsOf(DatasetTable table) => table == DatasetTable.Impressions ? ImpressionRows : PurchaseRows;
}
