namespace Cleanroom.C3r;

/// <summary>
/// Recognises C3R cells, so a query engine can decide which SQL operations a column allows. The check is
/// syntactic (marker, Base64 body of a possible length); it needs no key.
/// </summary>
public static class C3rCell
{
    // Nonce, IV, tag and the 2-byte pad length: the smallest sealed body the format allows.
    private const int MinSealedBody = CellFormat.NonceLength + CellFormat.IvLength + CellFormat.TagLength + 2;

    public static C3rCellKind Classify(string? value)
    {
        if (value is null || value.Length < CellFormat.SealedPrefix.Length || value.Length > CellFormat.MaxCellBytes)
        {
            return C3rCellKind.Cleartext;
        }

        // Encrypted cells are ASCII; anything else is cleartext.
        var ascii = value.Length <= 256 ? stackalloc byte[value.Length] : new byte[value.Length];
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] > 0x7f)
            {
                return C3rCellKind.Cleartext;
            }

            ascii[i] = (byte)value[i];
        }

        return Classify(ascii);
    }

    public static C3rCellKind Classify(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith(CellFormat.FingerprintPrefix))
        {
            var body = utf8[CellFormat.FingerprintPrefix.Length..];
            return body.Length == 44 && IsBase64(body, out var decoded) && decoded == CellFormat.HmacLength
                ? C3rCellKind.Fingerprint
                : C3rCellKind.Cleartext;
        }

        if (utf8.StartsWith(CellFormat.SealedPrefix))
        {
            var body = utf8[CellFormat.SealedPrefix.Length..];
            return IsBase64(body, out var decoded) && decoded >= MinSealedBody ? C3rCellKind.Sealed : C3rCellKind.Cleartext;
        }

        return C3rCellKind.Cleartext;
    }

    /// <summary>Classifies a column by its non-NULL cells.</summary>
    public static C3rColumnKind ClassifyColumn(IEnumerable<string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sealedCount = 0;
        var fingerprintCount = 0;
        var cleartextCount = 0;
        foreach (var value in values)
        {
            if (value is null)
            {
                continue;
            }

            switch (Classify(value))
            {
                case C3rCellKind.Sealed:
                    sealedCount++;
                    break;
                case C3rCellKind.Fingerprint:
                    fingerprintCount++;
                    break;
                default:
                    cleartextCount++;
                    break;
            }
        }

        return (sealedCount, fingerprintCount, cleartextCount) switch
        {
            (0, 0, _) => C3rColumnKind.Cleartext,
            (> 0, 0, 0) => C3rColumnKind.Sealed,
            (0, > 0, 0) => C3rColumnKind.Fingerprint,
            _ => C3rColumnKind.Mixed,
        };
    }

    private static bool IsBase64(ReadOnlySpan<byte> text, out int decodedLength)
    {
        decodedLength = 0;
        if (text.Length == 0 || text.Length % 4 != 0)
        {
            return false;
        }

        var padding = text[^1] == '=' ? (text[^2] == '=' ? 2 : 1) : 0;
        for (var i = 0; i < text.Length - padding; i++)
        {
            var c = text[i];
            if (!(c is >= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z' or >= (byte)'0' and <= (byte)'9' or (byte)'+' or (byte)'/'))
            {
                return false;
            }
        }

        decodedLength = (text.Length / 4 * 3) - padding;
        return true;
    }
}
