using System.Globalization;

namespace Cleanroom.Server.QueryLogs.FilterPatterns;

/// <summary>The right-hand side of a comparison.</summary>
internal abstract record JsonValue
{
    /// <summary>A bare or quoted value: a number when it reads as one (and was not quoted), else text with wildcards.</summary>
    public static JsonValue From(string text, bool quoted) =>
        !quoted && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? new JsonNumber(number)
            : new JsonText(Regexes.Wildcard(text));
}
