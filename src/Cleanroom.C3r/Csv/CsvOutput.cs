using System.Buffers;
using System.Text;

namespace Cleanroom.C3r;

/// <summary>
/// Writes CSV fields with the reference client's quoting (spec 12.2): quote when the field holds ',', CR, LF, space,
/// tab or form feed, or starts with '"' (or '#' in a row's first field); double quotes inside quoted fields. Lines end
/// with LF on every platform.
/// </summary>
internal sealed class CsvOutput
{
    private static readonly SearchValues<byte> QuoteTriggers = SearchValues.Create(",\r\n \t\f"u8);

    private readonly byte[]? _nullMarker;
    private readonly bool _emptyAsQuotes;

    /// <param name="nullMarker">The <c>--csv-output-null-value</c> option, or null.</param>
    public CsvOutput(string? nullMarker)
    {
        _nullMarker = nullMarker is null ? null : Encoding.UTF8.GetBytes(nullMarker);
        _emptyAsQuotes = nullMarker is null || ColumnHeader.JavaTrim(nullMarker).Length == 0;
    }

    public static void Separator(IBufferWriter<byte> output) => Put(output, (byte)',');

    public static void EndLine(IBufferWriter<byte> output) => Put(output, (byte)'\n');

    public void Null(IBufferWriter<byte> output)
    {
        if (_nullMarker is not null)
        {
            output.Write(_nullMarker);
        }
    }

    public void Value(IBufferWriter<byte> output, ReadOnlySpan<byte> value, bool firstInRow)
    {
        if (value.Length == 0)
        {
            if (_emptyAsQuotes)
            {
                output.Write("\"\""u8);
            }

            return;
        }

        var quote = value[0] == '"' || (firstInRow && value[0] == '#') || value.ContainsAny(QuoteTriggers);
        if (!quote)
        {
            output.Write(value);
            return;
        }

        var span = output.GetSpan((value.Length * 2) + 2);
        var length = 0;
        span[length++] = (byte)'"';
        foreach (var b in value)
        {
            span[length++] = b;
            if (b == '"')
            {
                span[length++] = (byte)'"';
            }
        }

        span[length++] = (byte)'"';
        output.Advance(length);
    }

    /// <summary>A header line of raw or normalised names.</summary>
    public void Header(IBufferWriter<byte> output, IReadOnlyList<string> headers)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            if (i > 0)
            {
                Separator(output);
            }

            Value(output, Encoding.UTF8.GetBytes(headers[i]), i == 0);
        }

        EndLine(output);
    }

    private static void Put(IBufferWriter<byte> output, byte b)
    {
        output.GetSpan(1)[0] = b;
        output.Advance(1);
    }
}
