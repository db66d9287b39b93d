using System.Buffers;

namespace Cleanroom.C3r;

/// <summary>Rows as finished CSV lines, so the writer only copies bytes.</summary>
internal sealed class CsvRecordFormat(CsvOutput csv) : RecordFormat
{
    public override void Null(IBufferWriter<byte> output, int column)
    {
        if (column > 0)
        {
            CsvOutput.Separator(output);
        }

        csv.Null(output);
    }

    public override void Value(IBufferWriter<byte> output, int column, ReadOnlySpan<byte> value, bool encrypted)
    {
        if (column > 0)
        {
            CsvOutput.Separator(output);
        }

        if (encrypted)
        {
            // Base64 and ':' never need quoting.
            output.Write(value);
        }
        else
        {
            csv.Value(output, value, column == 0);
        }
    }

    public override void EndRow(IBufferWriter<byte> output) => CsvOutput.EndLine(output);
}
