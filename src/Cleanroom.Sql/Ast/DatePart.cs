namespace Cleanroom.Sql.Ast;

/// <summary>Date/time fields and interval units understood by EXTRACT, DATEADD, DATE_TRUNC and INTERVAL.</summary>
public enum DatePart
{
    Year,
    Quarter,
    Month,
    Week,
    Day,
    DayOfWeek,
    DayOfWeekIso,
    DayOfYear,
    Hour,
    Minute,
    Second,
    Millisecond,
    Microsecond,
    Epoch,
}
