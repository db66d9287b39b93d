using System.Text.RegularExpressions;

namespace Cleanroom.C3r;

/// <summary>Column header normalisation and validation for encryption (spec 11).</summary>
internal static partial class ColumnHeader
{
    public const int MaxLength = 128;

    /// <summary>Trims characters up to U+0020 (Java's String.trim, not Unicode whitespace), then lower-cases.</summary>
    public static string Normalise(string header) => JavaTrim(header).ToLowerInvariant();

    public static string NormaliseAndValidate(string header)
    {
        var normalised = Normalise(header);
        Validate(normalised);
        return normalised;
    }

    public static void Validate(string normalised)
    {
        if (normalised.Length == 0)
        {
            throw new C3rException("Column header names must not be blank.");
        }

        if (normalised.Length > MaxLength)
        {
            throw new C3rException($"Column header name `{normalised}` is longer than {MaxLength} characters.");
        }

        if (!HeaderPattern().IsMatch(normalised))
        {
            throw new C3rException(
                $"Column header name `{normalised}` does not match pattern `{HeaderPattern()}`: use letters, digits, underscores, spaces and single hyphens.");
        }
    }

    public static string JavaTrim(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && text[start] <= ' ')
        {
            start++;
        }

        while (end > start && text[end - 1] <= ' ')
        {
            end--;
        }

        return text[start..end];
    }

    [GeneratedRegex("^[a-z0-9_](([a-z0-9_ ]+-)*([a-z0-9_ ]+))?$")]
    private static partial Regex HeaderPattern();
}
