namespace Cleanroom.C3r;

/// <summary>A CSV input with a header row, or with the column count given by a positional schema.</summary>
internal sealed class CsvTableReader : TableReader
{
    private const int BatchBytes = 512 * 1024;

    private readonly CsvReader _reader;
    private readonly long _length;
    private readonly SourceColumn[] _columns;
    private long _rows;

    private CsvTableReader(CsvReader reader, long length, SourceColumn[] columns)
    {
        _reader = reader;
        _length = length;
        _columns = columns;
    }

    public override IReadOnlyList<SourceColumn> Columns => _columns;

    public override double Fraction => _length == 0 ? 1 : Math.Min(1, _reader.Position / (double)_length);

    /// <param name="positionalColumns">Null when the first record is a header; otherwise the expected column count.</param>
    public static CsvTableReader Open(string path, CsvNullRule nulls, int? positionalColumns)
    {
        var stream = InputFile.Open(path);
        var reader = new CsvReader(stream, nulls);
        try
        {
            SourceColumn[] columns;
            if (positionalColumns is int count)
            {
                columns = [.. Enumerable.Range(0, count).Select(i => SourceColumn.Text($"_c{i}"))];
            }
            else
            {
                var headers = reader.ReadHeader() ?? throw new C3rException("The input file is empty: a header row was expected.");
                columns = [.. headers.Select(SourceColumn.Text)];
            }

            return new CsvTableReader(reader, stream.Length, columns);
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    public override bool Read(RowBatch batch)
    {
        batch.Reset(_columns.Length);
        batch.FirstRow = _rows + 1;
        while (batch.RowCount < BatchRows && batch.DataLength < BatchBytes)
        {
            var fields = _reader.ReadRecord(batch);
            if (fields < 0)
            {
                break;
            }

            if (fields != _columns.Length)
            {
                throw new C3rException(
                    $"Column count mismatch at row {_rows + 1} of input file. Expected {_columns.Length} columns, but found {fields}.");
            }

            batch.RowCount++;
            _rows++;
        }

        batch.InputFraction = Fraction;
        return batch.RowCount > 0;
    }

    public override void Dispose() => _reader.Dispose();
}
