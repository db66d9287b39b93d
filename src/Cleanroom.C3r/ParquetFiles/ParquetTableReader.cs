using Parquet;
using Parquet.Schema;

namespace Cleanroom.C3r;

/// <summary>
/// A Parquet input read one row group at a time and handed out in batches of value bodies (spec 13).
/// </summary>
internal sealed class ParquetTableReader : TableReader
{
    private readonly ParquetReader _reader;
    private readonly DataField[] _fields;
    private readonly ParquetColumn[] _columns;
    private int _nextGroup;
    private object?[][]? _group;
    private int _groupRows;
    private int _groupOffset;
    private long _rows;

    private ParquetTableReader(ParquetReader reader, DataField[] fields, ParquetColumn[] columns)
    {
        _reader = reader;
        _fields = fields;
        _columns = columns;
        Columns = [.. columns.Select(c => c.Source)];
    }

    public override IReadOnlyList<SourceColumn> Columns { get; }

    public IReadOnlyList<ParquetColumn> ParquetColumns => _columns;

    public override double Fraction => _reader.RowGroupCount == 0 ? 1 : Math.Min(1, _nextGroup / (double)_reader.RowGroupCount);

    public static ParquetTableReader Open(string path, bool binaryAsString)
    {
        ParquetReader reader;
        try
        {
            reader = ParquetReader.CreateAsync(InputFile.Open(path), new ParquetOptions { TreatByteArrayAsString = false }, leaveStreamOpen: false)
                .GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not C3rException)
        {
            throw new C3rException($"Cannot read {path} as Parquet: {e.Message}", e);
        }

        try
        {
            var fields = reader.Schema.Fields;
            if (fields.Count > CsvReader.MaxColumns)
            {
                throw new C3rException($"The Parquet file has more than {CsvReader.MaxColumns} columns.");
            }

            var columns = fields.Select(f => ParquetColumn.From(f, binaryAsString)).ToArray();
            return new ParquetTableReader(reader, [.. fields.Cast<DataField>()], columns);
        }
        catch
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw;
        }
    }

    public override bool Read(RowBatch batch)
    {
        batch.Reset(_columns.Length);
        batch.FirstRow = _rows + 1;
        while (_group is null || _groupOffset == _groupRows)
        {
            if (_nextGroup == _reader.RowGroupCount)
            {
                return false;
            }

            LoadGroup(_nextGroup++);
        }

        var count = Math.Min(BatchRows, _groupRows - _groupOffset);
        for (var row = _groupOffset; row < _groupOffset + count; row++)
        {
            for (var c = 0; c < _columns.Length; c++)
            {
                if (_group[c][row] is { } value)
                {
                    batch.Add(_columns[c].Body(value));
                }
                else
                {
                    batch.AddNull();
                }
            }
        }

        _groupOffset += count;
        _rows += count;
        batch.RowCount = count;
        batch.InputFraction = Fraction;
        return true;
    }

    /// <summary>Reads a whole row group as boxed values per column.</summary>
    public object?[][] ReadGroup(int index)
    {
        var group = _reader.OpenRowGroupReader(index);
        try
        {
            return [.. _fields.Select((f, i) => ParquetValues.Read(group, f, _columns[i].Kind))];
        }
        catch (Exception e) when (e is not C3rException)
        {
            throw new C3rException($"Cannot read row group {index} of the Parquet file: {e.Message}", e);
        }
    }

    public int RowGroupCount => _reader.RowGroupCount;

    public override void Dispose() => _reader.DisposeAsync().AsTask().GetAwaiter().GetResult();

    private void LoadGroup(int index)
    {
        _group = ReadGroup(index);
        _groupRows = _group.Length == 0 ? 0 : _group[0].Length;
        _groupOffset = 0;
    }
}
