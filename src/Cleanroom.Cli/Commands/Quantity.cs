using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Cleanroom.Cli.Commands;

/// <summary>Sizes and durations as people type them on a command line: <c>512MiB</c>, <c>4GB</c>, <c>90s</c>, <c>2h</c>.</summary>
internal static partial class Quantity
{
    private static readonly Dictionary<string, long> ByteUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        [""] = 1, ["B"] = 1,
        ["KB"] = 1_000, ["MB"] = 1_000_000, ["GB"] = 1_000_000_000, ["TB"] = 1_000_000_000_000,
        ["KiB"] = 1L << 10, ["MiB"] = 1L << 20, ["GiB"] = 1L << 30, ["TiB"] = 1L << 40,
    };

    private static readonly Dictionary<string, TimeSpan> TimeUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        ["s"] = TimeSpan.FromSeconds(1), ["m"] = TimeSpan.FromMinutes(1), ["h"] = TimeSpan.FromHours(1), ["d"] = TimeSpan.FromDays(1),
    };

    /// <summary>A whole number of at least 1; a usage error otherwise.</summary>
    public static int? ParseCount(ArgumentResult result)
    {
        var text = Single(result);
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1)
        {
            return count;
        }

        var name = result.Parent is OptionResult option ? option.Option.Name : "The value";
        result.AddError($"{name} must be a whole number of at least 1, not '{text}'.");
        return null;
    }

    /// <summary>A positive number of bytes; a usage error otherwise.</summary>
    public static long? ParseBytes(ArgumentResult result)
    {
        var text = Single(result);
        var match = Amount().Match(text);
        if (match.Success && ByteUnits.TryGetValue(match.Groups["unit"].Value, out var unit) && Number(match) is { } number
            && number * unit is >= 1 and <= long.MaxValue)
        {
            return (long)(number * unit);
        }

        result.AddError($"'{text}' is not a size: give bytes or a number with KB, MB, GB, TB, KiB, MiB, GiB or TiB (e.g. 4GiB).");
        return null;
    }

    /// <summary>A positive duration; a usage error otherwise.</summary>
    public static TimeSpan? ParseDuration(ArgumentResult result)
    {
        var text = Single(result);
        var match = Amount().Match(text);
        var duration = match.Success && TimeUnits.TryGetValue(match.Groups["unit"].Value, out var unit) && Number(match) is { } number
            ? (number * unit.Ticks is >= 1 and <= long.MaxValue ? TimeSpan.FromTicks((long)(number * unit.Ticks)) : TimeSpan.Zero)
            : text.Contains(':', StringComparison.Ordinal) && TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var clock) ? clock : TimeSpan.Zero;
        if (duration > TimeSpan.Zero)
        {
            return duration;
        }

        result.AddError($"'{text}' is not a duration: give a number with s, m, h or d, or hh:mm:ss (e.g. 30m).");
        return null;
    }

    /// <summary>The amount's number, or null past decimal's range (a size or duration that large is a typing error).</summary>
    private static decimal? Number(Match match) =>
        decimal.TryParse(match.Groups["number"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && number < 1e15m ? number : null;

    private static string Single(ArgumentResult result) => result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;

    [GeneratedRegex(@"^(?<number>[0-9]+(\.[0-9]+)?)\s*(?<unit>[A-Za-z]*)$")]
    private static partial Regex Amount();
}
