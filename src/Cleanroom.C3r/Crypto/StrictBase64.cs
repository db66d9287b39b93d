namespace Cleanroom.C3r;

/// <summary>
/// Base64 decoding with Java's basic-decoder acceptance rules; .NET's decoder ignores whitespace
/// and requires padding, which would accept secrets the reference client rejects.
/// </summary>
internal static class StrictBase64
{
    public static byte[]? Decode(string text)
    {
        var end = text.Length;
        var padding = 0;
        while (end > 0 && text[end - 1] == '=' && padding < 2)
        {
            end--;
            padding++;
        }

        for (var i = 0; i < end; i++)
        {
            if (!IsAlphabet(text[i]))
            {
                return null;
            }
        }

        var remainder = end % 4;
        if (remainder == 1 || (padding > 0 && (remainder == 0 || remainder + padding != 4)))
        {
            return null;
        }

        var padded = remainder == 0 ? text[..end] : text[..end] + new string('=', 4 - remainder);
        return Convert.FromBase64String(padded);
    }

    private static bool IsAlphabet(char c) =>
        c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '+' or '/';
}
