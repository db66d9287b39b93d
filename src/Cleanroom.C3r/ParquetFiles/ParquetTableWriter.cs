using Parquet;
using Parquet.Schema;

namespace Cleanroom.C3r;

/// <summary>
/// Parquet output built from binary records: rows are buffered into row groups and written column by column.
/// Files are uncompressed, like the reference client's.
/// </summary>
internal sealed class ParquetTableWriter : TableWriter
{
    private const int RowGroupRows = 100_000;
    private const long RowGroupBytes = 32L * 1024 * 1024;

    private readonly ParquetWriter _writer;
    private readonly ParquetColumn[] _columns;
    private readonly DataField[] _fields;
    private readonly List<object?>[] _buffer;
    private readonly (byte Flag, int Start, int Length)[] _cells;
    private long _bufferedBytes;

    public ParquetTableWriter(Stream stream, IReadOnlyList<(string Name, ParquetColumn Column)> columns)
    {
        _columns = [.. columns.Select(c => c.Column)];
        _fields = [.. columns.Select(c => c.Column.Field(c.Name))];
        _buffer = [.. columns.Select(_ => new List<object?>())];
        _cells = new (byte, int, int)[columns.Count];
        _writer = ParquetWriter.CreateAsync(new ParquetSchema(_fields), stream, new ParquetOptions { CompressionMethod = CompressionMethod.None })
            .GetAwaiter().GetResult();
    }

    public override RecordFormat Format { get; } = new BinaryRecordFormat();

    /// <summary>Encrypted columns are strings; cleartext columns keep the source column's shape.</summary>
    public static ParquetTableWriter ForEncryption(Stream stream, EncryptPlan plan, IReadOnlyList<ParquetColumn> sources) =>
        new(stream, [.. plan.Columns.Select(c => (c.Target.TargetHeader,
            c.Target.Type == ColumnType.Cleartext ? sources[c.Source] : ParquetColumn.Text(c.Target.TargetHeader)))]);

    public override void WriteRecord(ReadOnlySpan<byte> record)
    {
        BinaryRecordFormat.Read(record, _cells);
        for (var c = 0; c < _columns.Length; c++)
        {
            var (flag, start, length) = _cells[c];
            var cell = record.Slice(start, length);
            _buffer[c].Add(flag switch
            {
                BinaryRecordFormat.NullFlag => null,
                BinaryRecordFormat.EncryptedFlag => System.Text.Encoding.ASCII.GetString(cell),
                _ => _columns[c].Value(cell),
            });
        }

        _bufferedBytes += record.Length;
        if (_buffer[0].Count >= RowGroupRows || _bufferedBytes >= RowGroupBytes)
        {
            Flush();
        }
    }

    /// <summary>Appends one row of already typed values (decryption keeps row groups as they are).</summary>
    public void WriteValues(object?[][] columns, int row)
    {
        for (var c = 0; c < _columns.Length; c++)
        {
            _buffer[c].Add(columns[c][row]);
        }

        if (_buffer[0].Count >= RowGroupRows)
        {
            Flush();
        }
    }

    public override void WriteRecords(ReadOnlySpan<byte> records, ReadOnlySpan<int> ends)
    {
        var start = 0;
        foreach (var end in ends)
        {
            WriteRecord(records[start..end]);
            start = end;
        }
    }

    public override void Complete()
    {
        Flush();
        _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    public override void Dispose() => _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();

    private void Flush()
    {
        if (_buffer.Length == 0 || _buffer[0].Count == 0)
        {
            return;
        }

        using (var group = _writer.CreateRowGroup())
        {
            for (var c = 0; c < _columns.Length; c++)
            {
                ParquetValues.Write(group, _fields[c], _columns[c].Kind, [.. _buffer[c]]);
                _buffer[c].Clear();
            }
        }

        _bufferedBytes = 0;
    }
}
