using System.Collections.Frozen;
using Cleanroom.Sql.Ast;

namespace Cleanroom.Sql.Functions;

/// <summary>
/// Maps each value of the AGGREGATION rule's <c>scalarFunctions</c> enum (Redshift-era names) to the catalogue names
/// it allows. CAST and EXTRACT are syntax, not calls: <see cref="NameOf"/> reports a <see cref="CastExpression"/> as
/// "cast" and an <see cref="ExtractExpression"/> as "extract", and CAST and CONVERT both allow casts.
/// </summary>
public static class ScalarFunctionAllowList
{
    public const string CastName = "cast";
    public const string ExtractName = "extract";

    private static readonly FrozenDictionary<string, FrozenSet<string>> Coverage = new Dictionary<string, string[]>
    {
        ["ABS"] = ["abs"],
        ["CAST"] = [CastName],
        ["CEILING"] = ["ceil", "ceiling"],
        ["COALESCE"] = ["coalesce", "nvl", "ifnull"],
        ["CONVERT"] = [CastName],
        ["CURRENT_DATE"] = ["current_date"],
        ["DATEADD"] = ["dateadd", "date_add", "date_sub", "add_months"],
        ["EXTRACT"] = [ExtractName, "date_part", "year", "quarter", "month", "weekofyear", "day", "dayofmonth", "dayofweek", "dayofyear", "hour", "minute", "second"],
        ["FLOOR"] = ["floor"],
        ["GETDATE"] = ["getdate", "current_timestamp", "now", "localtimestamp"],
        ["LN"] = ["ln"],
        ["LOG"] = ["log", "log10", "log2"],
        ["LOWER"] = ["lower"],
        ["ROUND"] = ["round"],
        ["RTRIM"] = ["rtrim"],
        ["SQRT"] = ["sqrt"],
        ["SUBSTRING"] = ["substring", "substr"],
        ["TO_CHAR"] = ["to_char", "date_format"],
        ["TO_DATE"] = ["to_date", "date"],
        ["TO_NUMBER"] = [],
        ["TO_TIMESTAMP"] = ["to_timestamp", "timestamp"],
        ["TRIM"] = ["trim", "btrim", "ltrim"],
        ["TRUNC"] = ["trunc", "date_trunc"],
        ["UPPER"] = ["upper"],
    }.ToFrozenDictionary(e => e.Key, e => e.Value.ToFrozenSet());

    /// <summary>The enum values, in API spelling.</summary>
    public static IReadOnlyCollection<string> EnumValues => Coverage.Keys;

    /// <summary>The catalogue names (plus "cast"/"extract") an enum value allows; empty for TO_NUMBER, which has no faithful DuckDB form.</summary>
    public static IReadOnlySet<string> NamesAllowedBy(string enumValue) =>
        Coverage.TryGetValue(enumValue.ToUpperInvariant(), out var names) ? names : FrozenSet<string>.Empty;

    /// <summary>True when a scalar use (a call, cast or EXTRACT) is allowed by at least one of the listed enum values.</summary>
    public static bool IsAllowed(Expression scalarUse, IEnumerable<string> enumValues) =>
        NameOf(scalarUse) is { } name && enumValues.Any(value => NamesAllowedBy(value).Contains(name));

    /// <summary>The name a scalar use is checked under: the function name, "cast" or "extract"; null for other nodes.</summary>
    public static string? NameOf(Expression expression) => expression switch
    {
        FunctionCall call => call.Name.Name,
        CastExpression => CastName,
        ExtractExpression => ExtractName,
        _ => null,
    };
}
