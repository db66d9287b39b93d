using System.Globalization;
using Cleanroom.Sql.Ast;
using Cleanroom.Sql.Functions;

namespace Cleanroom.Sql.Rendering;

/// <summary>DuckDB forms of the catalogue functions whose rendering depends on argument types or literal values.</summary>
internal static class SpecialRenderings
{
    // Spark substring: position 0 means 1, a negative position counts from the end, a window left of the string
    // is clipped (not shifted), and a negative length gives ''. DuckDB differs on all three.
    private const string Start0 = "(CASE WHEN {1} > 0 THEN {1} - 1 WHEN {1} < 0 THEN length({0}) + {1} ELSE 0 END)";

    private const string SubstringFrom =
        "CASE WHEN {0} IS NULL OR {1} IS NULL THEN NULL ELSE substring({0}, greatest(" + Start0 + ", 0) + 1) END";

    private const string SubstringFromFor =
        "CASE WHEN {0} IS NULL OR {1} IS NULL OR {2} IS NULL THEN NULL WHEN greatest(" + Start0 + ", 0) >= " + Start0
        + " + {2} THEN '' ELSE substring({0}, greatest(" + Start0 + ", 0) + 1, " + Start0 + " + {2} - greatest(" + Start0 + ", 0)) END";

    public static bool Substring(FunctionCall call, DuckDbWriter writer)
    {
        var arguments = call.Arguments;
        var positiveStart = arguments[1] is NumberLiteral { IsInteger: true } start && start.Text != "0";
        var template = (arguments.Count, positiveStart) switch
        {
            (2, true) => "substring({0}, {1})",
            (3, true) => "substring({0}, {1}, greatest({2}, 0))",
            (2, false) => SubstringFrom,
            _ => SubstringFromFor,
        };
        writer.Template(template, arguments);
        return true;
    }

    public static bool Trunc(FunctionCall call, DuckDbWriter writer)
    {
        var arguments = call.Arguments;
        if (arguments.Count == 2 && arguments[1] is DatePartLiteral part)
        {
            writer.Append("CAST(date_trunc(");
            writer.Literal(DuckDbWriter.DuckDbPartName(part.Part));
            writer.Append(", ");
            writer.Temporal(arguments[0]);
            writer.Append(") AS DATE)");
            return true;
        }
        if (arguments.Count == 1 && writer.TypeOf(arguments[0]) is StaticType.Date or StaticType.Timestamp)
        {
            writer.Template("CAST({0} AS DATE)", arguments);
            return true;
        }
        writer.Template(arguments.Count == 1 ? "trunc({0})" : "trunc({0}, {1})", arguments);
        return true;
    }

    public static bool DateAdd(FunctionCall call, DuckDbWriter writer)
    {
        if (call.Arguments.Count != 3 || call.Arguments[0] is not DatePartLiteral unit)
            return false;
        var (function, factor) = unit.Part switch
        {
            DatePart.Year => ("to_years", 1),
            DatePart.Quarter => ("to_months", 3),
            DatePart.Month => ("to_months", 1),
            DatePart.Week => ("to_weeks", 1),
            DatePart.Day => ("to_days", 1),
            DatePart.Hour => ("to_hours", 1),
            DatePart.Minute => ("to_minutes", 1),
            DatePart.Second => ("to_seconds", 1),
            DatePart.Millisecond => ("to_milliseconds", 1),
            _ => ("to_microseconds", 1),
        };
        writer.Append("(");
        writer.Temporal(call.Arguments[2]);
        writer.Append(" + " + function + "(");
        writer.Template(factor == 1 ? "CAST({0} AS BIGINT)" : "CAST({0} AS BIGINT) * " + factor.ToString(CultureInfo.InvariantCulture), [call.Arguments[1]]);
        writer.Append("))");
        return true;
    }

    // Three-argument DATEDIFF counts whole units elapsed (Spark's timestampdiff), not boundaries crossed.
    public static bool DateDiff(FunctionCall call, DuckDbWriter writer)
    {
        if (call.Arguments.Count != 3 || call.Arguments[0] is not DatePartLiteral unit)
            return false;
        writer.Append("date_sub(");
        writer.Literal(DuckDbWriter.DuckDbPartName(unit.Part));
        writer.Append(", ");
        writer.Temporal(call.Arguments[1]);
        writer.Append(", ");
        writer.Temporal(call.Arguments[2]);
        writer.Append(')');
        return true;
    }

    public static bool DatePartFunction(FunctionCall call, DuckDbWriter writer)
    {
        writer.DateField(((DatePartLiteral)call.Arguments[0]).Part, call.Arguments[1]);
        return true;
    }

    public static bool DateTrunc(FunctionCall call, DuckDbWriter writer)
    {
        writer.Append("date_trunc(");
        writer.Literal(DuckDbWriter.DuckDbPartName(((DatePartLiteral)call.Arguments[0]).Part));
        writer.Append(", ");
        writer.Temporal(call.Arguments[1]);
        writer.Append(" + INTERVAL '0 second')");
        return true;
    }

    public static bool FormatDateTime(FunctionCall call, DuckDbWriter writer)
    {
        writer.Append("strftime(");
        writer.Temporal(call.Arguments[0]);
        writer.Append(", ");
        writer.Literal(DateTimePattern.Translate(((StringLiteral)call.Arguments[1]).Value, parsing: false)!);
        writer.Append(')');
        return true;
    }

    public static bool ParseDateTime(FunctionCall call, DuckDbWriter writer)
    {
        var toDate = call.Name.Name == "to_date";
        if (toDate)
            writer.Append("TRY_CAST(");
        if (call.Arguments.Count == 1)
            writer.Temporal(call.Arguments[0]);
        else
        {
            writer.Append("try_strptime(CAST(");
            writer.Expression(call.Arguments[0]);
            writer.Append(" AS VARCHAR), ");
            writer.Literal(DateTimePattern.Translate(((StringLiteral)call.Arguments[1]).Value, parsing: true)!);
            writer.Append(')');
        }
        if (toDate)
            writer.Append(" AS DATE)");
        return true;
    }
}
