namespace Cleanroom.C3r;

/// <summary>Reads an input table in batches of rows.</summary>
internal abstract class TableReader : IDisposable
{
    /// <summary>Rows per batch: large enough to amortise scheduling, small enough to keep memory flat.</summary>
    public const int BatchRows = 2048;

    /// <summary>Input columns in file order.</summary>
    public abstract IReadOnlyList<SourceColumn> Columns { get; }

    /// <summary>Fraction of the input read so far (0..1).</summary>
    public abstract double Fraction { get; }

    /// <summary>Fills <paramref name="batch"/> with the next rows; false when the input is exhausted.</summary>
    public abstract bool Read(RowBatch batch);

    public abstract void Dispose();
}
