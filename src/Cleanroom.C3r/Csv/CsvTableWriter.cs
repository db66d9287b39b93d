using System.Buffers;

namespace Cleanroom.C3r;

/// <summary>CSV output: the header line, then rows that are already CSV lines.</summary>
internal sealed class CsvTableWriter : TableWriter
{
    private readonly Stream _stream;

    public CsvTableWriter(Stream stream, CsvOutput csv, IReadOnlyList<string> headers)
    {
        _stream = new BufferedStream(stream, 1 << 20);
        Format = new CsvRecordFormat(csv);
        var header = new ArrayBufferWriter<byte>();
        csv.Header(header, headers);
        _stream.Write(header.WrittenSpan);
    }

    public override RecordFormat Format { get; }

    public override void WriteRecord(ReadOnlySpan<byte> record) => _stream.Write(record);

    public override void WriteRecords(ReadOnlySpan<byte> records, ReadOnlySpan<int> ends) =>
        _stream.Write(records[..(ends.Length == 0 ? 0 : ends[^1])]);

    public override void Complete() => _stream.Flush();

    public override void Dispose() => _stream.Dispose();
}
