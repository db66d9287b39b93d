using System.Globalization;
using Cleanroom.Sql.Ast;

namespace Cleanroom.Sql.Parsing;

/// <summary>Validates DATE/TIMESTAMP/TIME literal text and rewrites it in one canonical ISO form.</summary>
internal static class TemporalText
{
    private static readonly string[] DateFormats = ["yyyy-M-d"];

    private static readonly string[] TimestampFormats =
    [
        "yyyy-M-d", "yyyy-M-d H:m", "yyyy-M-d H:m:s", "yyyy-M-d H:m:s.FFFFFFF",
        "yyyy-M-d'T'H:m", "yyyy-M-d'T'H:m:s", "yyyy-M-d'T'H:m:s.FFFFFFF",
    ];

    private static readonly string[] TimeFormats = ["H:m", "H:m:s", "H:m:s.FFFFFFF"];

    public static string? Normalize(TemporalKind kind, string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 40)
            return null;
        return kind switch
        {
            TemporalKind.Date => Parse(trimmed, DateFormats) is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            TemporalKind.Timestamp => Parse(trimmed, TimestampFormats) is { } stamp ? FormatTimestamp(stamp) : null,
            _ => Parse(trimmed, TimeFormats) is { } time ? FormatTime(time) : null,
        };
    }

    public static string FormatTimestamp(DateTime value) =>
        value.ToString("yyyy-MM-dd ", CultureInfo.InvariantCulture) + FormatTime(value);

    private static string FormatTime(DateTime value) =>
        value.Ticks % TimeSpan.TicksPerSecond == 0
            ? value.ToString("HH:mm:ss", CultureInfo.InvariantCulture)
            : value.ToString("HH:mm:ss.ffffff", CultureInfo.InvariantCulture);

    private static DateTime? Parse(string text, string[] formats) =>
        DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) ? value : null;
}
