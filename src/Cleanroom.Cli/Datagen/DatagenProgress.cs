namespace Cleanroom.Cli.Datagen;

/// <summary>How far the generator is: rows written over all tables, and the file just finished.</summary>
internal sealed record DatagenProgress(long RowsWritten, long RowsTotal, string LastFile)
{
    public double Fraction => RowsTotal == 0 ? 1 : (double)RowsWritten / RowsTotal;
}
