namespace Cleanroom.C3r;

/// <summary>
/// A block of input rows as value bodies (spec 4: the bytes after the info byte), laid out row-major.
/// CSV cells are UTF-8 strings; Parquet cells are typed bodies. Reused between batches.
/// </summary>
internal sealed class RowBatch
{
    private const int NullLength = -1;

    private int[] _starts;
    private int[] _lengths;
    private byte[] _data;

    public RowBatch(int columns, int rowCapacity)
    {
        Columns = columns;
        _starts = new int[Math.Max(1, columns * rowCapacity)];
        _lengths = new int[_starts.Length];
        _data = new byte[64 * 1024];
    }

    /// <summary>Cells per row.</summary>
    public int Columns { get; private set; }

    /// <summary>Rows in this batch.</summary>
    public int RowCount { get; set; }

    /// <summary>1-based number of the batch's first data row in the input.</summary>
    public long FirstRow { get; set; }

    /// <summary>Fraction of the input read up to the end of this batch, for progress reporting.</summary>
    public double InputFraction { get; set; }

    /// <summary>Cells appended so far (row-major).</summary>
    public int CellCount { get; private set; }

    public int DataLength { get; private set; }

    public void Reset(int columns)
    {
        Columns = columns;
        RowCount = 0;
        CellCount = 0;
        DataLength = 0;
    }

    /// <summary>Drops cells appended after a mark, when a record must be parsed again.</summary>
    public void Truncate(int cellCount, int dataLength)
    {
        CellCount = cellCount;
        DataLength = dataLength;
    }

    public bool IsNull(int row, int column) => _lengths[(row * Columns) + column] == NullLength;

    public ReadOnlySpan<byte> Cell(int row, int column)
    {
        var index = (row * Columns) + column;
        var length = _lengths[index];
        return length == NullLength ? default : _data.AsSpan(_starts[index], length);
    }

    /// <summary>Length of a cell's body, or -1 for NULL.</summary>
    public int CellLength(int row, int column) => _lengths[(row * Columns) + column];

    public void AddNull()
    {
        EnsureCells();
        _starts[CellCount] = DataLength;
        _lengths[CellCount++] = NullLength;
    }

    public void Add(ReadOnlySpan<byte> value)
    {
        value.CopyTo(Reserve(value.Length));
        Commit(value.Length);
    }

    /// <summary>Space for the next cell's bytes; follow with <see cref="Commit"/>.</summary>
    public Span<byte> Reserve(int length)
    {
        if (DataLength + length > _data.Length)
        {
            Array.Resize(ref _data, Math.Max(_data.Length * 2, DataLength + length));
        }

        return _data.AsSpan(DataLength, length);
    }

    /// <summary>Appends the cell written into reserved space (possibly shorter than reserved).</summary>
    public void Commit(int length)
    {
        EnsureCells();
        _starts[CellCount] = DataLength;
        _lengths[CellCount++] = length;
        DataLength += length;
    }

    private void EnsureCells()
    {
        if (CellCount == _starts.Length)
        {
            Array.Resize(ref _starts, _starts.Length * 2);
            Array.Resize(ref _lengths, _lengths.Length * 2);
        }
    }
}
