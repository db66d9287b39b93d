using System.Text;

namespace Cleanroom.C3r;

/// <summary>
/// Which parsed CSV fields are NULL (spec 12.1). The marker option changes whether a blank unquoted field, a quoted
/// empty field or a field equal to the marker is NULL.
/// </summary>
internal sealed class CsvNullRule
{
    private readonly byte[]? _marker;

    private CsvNullRule(bool blankIsNull, bool quotedEmptyIsNull, byte[]? marker)
    {
        BlankIsNull = blankIsNull;
        QuotedEmptyIsNull = quotedEmptyIsNull;
        _marker = marker;
    }

    /// <summary>Headers are never NULL.</summary>
    public static CsvNullRule None { get; } = new(false, false, null);

    public bool BlankIsNull { get; }

    public bool QuotedEmptyIsNull { get; }

    /// <summary>Builds the rule for a <c>--csv-input-null-value</c> option (null when not given).</summary>
    public static CsvNullRule ForInput(string? marker)
    {
        if (marker is null)
        {
            return new CsvNullRule(true, true, null);
        }

        if (ColumnHeader.JavaTrim(marker).Length == 0)
        {
            return new CsvNullRule(true, false, null);
        }

        if (marker == "\"\"")
        {
            return new CsvNullRule(false, true, null);
        }

        return new CsvNullRule(false, false, Encoding.UTF8.GetBytes(marker));
    }

    /// <summary>Is a parsed field NULL? <paramref name="value"/> is after unquoting and trimming.</summary>
    public bool IsNull(bool quoted, ReadOnlySpan<byte> value)
    {
        if (value.Length == 0)
        {
            return quoted ? QuotedEmptyIsNull : BlankIsNull;
        }

        return _marker is not null && value.SequenceEqual(_marker);
    }
}
