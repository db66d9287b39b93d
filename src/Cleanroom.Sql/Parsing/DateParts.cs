using System.Collections.Frozen;
using Cleanroom.Sql.Ast;

namespace Cleanroom.Sql.Parsing;

/// <summary>The spellings of date parts accepted by EXTRACT, interval units and the date functions.</summary>
internal static class DateParts
{
    private static readonly FrozenDictionary<string, DatePart> Names = new Dictionary<string, DatePart>
    {
        ["year"] = DatePart.Year, ["years"] = DatePart.Year, ["yyyy"] = DatePart.Year, ["yy"] = DatePart.Year,
        ["y"] = DatePart.Year, ["yr"] = DatePart.Year, ["yrs"] = DatePart.Year,
        ["quarter"] = DatePart.Quarter, ["quarters"] = DatePart.Quarter, ["qtr"] = DatePart.Quarter, ["q"] = DatePart.Quarter,
        ["month"] = DatePart.Month, ["months"] = DatePart.Month, ["mon"] = DatePart.Month, ["mons"] = DatePart.Month,
        ["mm"] = DatePart.Month,
        ["week"] = DatePart.Week, ["weeks"] = DatePart.Week, ["w"] = DatePart.Week, ["wk"] = DatePart.Week,
        ["day"] = DatePart.Day, ["days"] = DatePart.Day, ["d"] = DatePart.Day, ["dd"] = DatePart.Day,
        ["dayofweek"] = DatePart.DayOfWeek, ["dow"] = DatePart.DayOfWeek,
        ["dayofweek_iso"] = DatePart.DayOfWeekIso, ["dow_iso"] = DatePart.DayOfWeekIso, ["isodow"] = DatePart.DayOfWeekIso,
        ["dayofyear"] = DatePart.DayOfYear, ["doy"] = DatePart.DayOfYear,
        ["hour"] = DatePart.Hour, ["hours"] = DatePart.Hour, ["h"] = DatePart.Hour, ["hh"] = DatePart.Hour,
        ["hr"] = DatePart.Hour, ["hrs"] = DatePart.Hour,
        ["minute"] = DatePart.Minute, ["minutes"] = DatePart.Minute, ["m"] = DatePart.Minute, ["mi"] = DatePart.Minute,
        ["min"] = DatePart.Minute, ["mins"] = DatePart.Minute,
        ["second"] = DatePart.Second, ["seconds"] = DatePart.Second, ["s"] = DatePart.Second, ["sec"] = DatePart.Second,
        ["secs"] = DatePart.Second,
        ["millisecond"] = DatePart.Millisecond, ["milliseconds"] = DatePart.Millisecond, ["ms"] = DatePart.Millisecond,
        ["msec"] = DatePart.Millisecond,
        ["microsecond"] = DatePart.Microsecond, ["microseconds"] = DatePart.Microsecond, ["us"] = DatePart.Microsecond,
        ["usec"] = DatePart.Microsecond,
        ["epoch"] = DatePart.Epoch,
    }.ToFrozenDictionary();

    public static bool TryParse(string name, out DatePart part) => Names.TryGetValue(name.ToLowerInvariant(), out part);

    /// <summary>Parts that can be added or truncated to (not fields such as day-of-week).</summary>
    public static bool IsUnit(DatePart part) =>
        part is not (DatePart.DayOfWeek or DatePart.DayOfWeekIso or DatePart.DayOfYear or DatePart.Epoch);

    /// <summary>The canonical spelling, used by the printer.</summary>
    public static string Name(DatePart part) => part switch
    {
        DatePart.DayOfWeek => "dayofweek",
        DatePart.DayOfWeekIso => "dayofweek_iso",
        DatePart.DayOfYear => "dayofyear",
        _ => part.ToString().ToLowerInvariant(),
    };
}
