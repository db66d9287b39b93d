using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using Cleanroom.Sql.Ast;
using Cleanroom.Sql.Rendering;
using static Cleanroom.Sql.Functions.FunctionKind;

namespace Cleanroom.Sql.Functions;

/// <summary>
/// Every function the dialect accepts (anything else is a parse error), with its kind, arity, result type and
/// DuckDB rendering. Each template reproduces the Spark (non-ANSI) semantics; functions with no faithful DuckDB
/// equivalent are deliberately absent and listed as unsupported in docs/sql-dialect.md.
/// </summary>
public static class FunctionCatalog
{
    private const int Many = int.MaxValue;

    // Spark reads strings, dates and timestamps alike as datetimes; a string that is not one gives NULL.
    private const string AsTimestamp = "TRY_CAST({0} AS TIMESTAMP)";

    private static readonly FrozenDictionary<string, SqlFunction> Entries = Build().ToFrozenDictionary(f => f.Name);

    /// <summary>All entries, ordered by name.</summary>
    public static IReadOnlyList<SqlFunction> All { get; } = [.. Entries.Values.OrderBy(f => f.Name, StringComparer.Ordinal)];

    public static bool TryGet(string name, [MaybeNullWhen(false)] out SqlFunction function) =>
        Entries.TryGetValue(name.ToLowerInvariant(), out function);

    public static bool IsAggregate(string name) => TryGet(name, out var f) && f.IsAggregate;

    public static bool IsWindow(string name) => TryGet(name, out var f) && f.IsWindow;

    public static bool IsScalar(string name) => TryGet(name, out var f) && f.IsScalar;

    /// <summary>
    /// True when this call aggregates (an aggregate-capable function used without OVER). A call with OVER is a
    /// window function call even when the function is also an aggregate.
    /// </summary>
    public static bool IsAggregateCall(FunctionCall call) => call.Over is null && IsAggregate(call.Name.Name);

    private static IEnumerable<SqlFunction> Build() =>
    [
        .. Aggregates(),
        .. WindowFunctions(),
        .. Math(),
        .. Conditionals(),
        .. Conversions(),
        .. DatesAndTimes(),
        .. Strings(),
        .. HashesAndJson(),
    ];

    private static SqlFunction Fn(string name, FunctionKind kind, int min, int max, StaticType result, string template) =>
        new(name, kind, min, max, result) { Template = template };

    private static SqlFunction Fn(string name, FunctionKind kind, StaticType result, params (int Arity, string Template)[] forms) =>
        new(name, kind, forms.Min(f => f.Arity), forms.Max(f => f.Arity), result) { Templates = forms.ToDictionary(f => f.Arity, f => f.Template) };

    private static SqlFunction Same(SqlFunction function, int argument = 0) => function with { ResultFromArgument = argument };

    private static IEnumerable<SqlFunction> Aggregates()
    {
        const FunctionKind both = Aggregate | Window;
        return
        [
            Same(Fn("any_value", both, 1, 1, StaticType.Unknown, "any_value({0})")),
            Fn("approx_count_distinct", Aggregate, 1, 1, StaticType.Integer, "approx_count_distinct({0})"),
            Fn("approx_percentile", Aggregate, StaticType.Double, (2, "approx_quantile({0}, {1})"), (3, "approx_quantile({0}, {1})")),
            Fn("avg", both, 1, 1, StaticType.Double, "avg({0})"),
            Fn("bool_and", both, 1, 1, StaticType.Boolean, "bool_and({0})"),
            Fn("bool_or", both, 1, 1, StaticType.Boolean, "bool_or({0})"),
            Fn("collect_list", Aggregate, 1, 1, StaticType.List, "list_filter(list({0}), lambda cr_v: cr_v IS NOT NULL)"),
            Fn("collect_set", Aggregate, 1, 1, StaticType.List, "list_distinct(list({0}))"),
            Fn("count", both, 0, 1, StaticType.Integer, "count({*})"),
            Same(Fn("first", both, 1, 1, StaticType.Unknown, "first({0})")),
            Same(Fn("last", both, 1, 1, StaticType.Unknown, "last({0})")),
            Same(Fn("max", both, 1, 1, StaticType.Unknown, "max({0})")),
            Fn("median", both, 1, 1, StaticType.Double, "median({0})"),
            Same(Fn("min", both, 1, 1, StaticType.Unknown, "min({0})")),
            Fn("percentile", both, 2, 2, StaticType.Double, "quantile_cont({0}, {1})"),
            Fn("stddev", both, 1, 1, StaticType.Double, "stddev_samp({0})"),
            Fn("stddev_pop", both, 1, 1, StaticType.Double, "stddev_pop({0})"),
            Fn("stddev_samp", both, 1, 1, StaticType.Double, "stddev_samp({0})"),
            Same(Fn("sum", both, 1, 1, StaticType.Unknown, "sum({0})")),
            Fn("var_pop", both, 1, 1, StaticType.Double, "var_pop({0})"),
            Fn("var_samp", both, 1, 1, StaticType.Double, "var_samp({0})"),
            Fn("variance", both, 1, 1, StaticType.Double, "var_samp({0})"),
        ];
    }

    private static IEnumerable<SqlFunction> WindowFunctions() =>
    [
        Fn("cume_dist", Window, 0, 0, StaticType.Double, "cume_dist()"),
        Fn("dense_rank", Window, 0, 0, StaticType.Integer, "dense_rank()"),
        Same(Fn("first_value", Window, 1, 1, StaticType.Unknown, "first_value({0})")),
        Same(Fn("lag", Window, 1, 3, StaticType.Unknown, "lag({*})")),
        Same(Fn("last_value", Window, 1, 1, StaticType.Unknown, "last_value({0})")),
        Same(Fn("lead", Window, 1, 3, StaticType.Unknown, "lead({*})")),
        Same(Fn("nth_value", Window, 2, 2, StaticType.Unknown, "nth_value({0}, {1})")),
        Fn("ntile", Window, 1, 1, StaticType.Integer, "ntile({0})"),
        Fn("percent_rank", Window, 0, 0, StaticType.Double, "percent_rank()"),
        Fn("rank", Window, 0, 0, StaticType.Integer, "rank()"),
        Fn("row_number", Window, 0, 0, StaticType.Integer, "row_number()"),
    ];

    // Spark returns NULL (not an error) for the logarithm of a non-positive number, and NaN for sqrt of a negative one.
    private const string PositiveOrNull = "nullif(greatest({0}, 0), 0)";

    private static IEnumerable<SqlFunction> Math() =>
    [
        Same(Fn("abs", Scalar, 1, 1, StaticType.Unknown, "abs({0})")),
        Fn("acos", Scalar, 1, 1, StaticType.Double, "CASE WHEN abs({0}) <= 1 THEN acos({0}) ELSE 'NaN'::DOUBLE END"),
        Fn("asin", Scalar, 1, 1, StaticType.Double, "CASE WHEN abs({0}) <= 1 THEN asin({0}) ELSE 'NaN'::DOUBLE END"),
        Fn("atan", Scalar, 1, 1, StaticType.Double, "atan({0})"),
        Fn("atan2", Scalar, 2, 2, StaticType.Double, "atan2({0}, {1})"),
        Fn("cbrt", Scalar, 1, 1, StaticType.Double, "cbrt({0})"),
        Fn("ceil", Scalar, 1, 1, StaticType.Integer, "TRY_CAST(ceil({0}) AS BIGINT)"),
        Fn("ceiling", Scalar, 1, 1, StaticType.Integer, "TRY_CAST(ceil({0}) AS BIGINT)"),
        Fn("cos", Scalar, 1, 1, StaticType.Double, "cos({0})"),
        Fn("cot", Scalar, 1, 1, StaticType.Double, "cot({0})"),
        Fn("degrees", Scalar, 1, 1, StaticType.Double, "degrees({0})"),
        Fn("exp", Scalar, 1, 1, StaticType.Double, "exp({0})"),
        Fn("floor", Scalar, 1, 1, StaticType.Integer, "TRY_CAST(floor({0}) AS BIGINT)"),
        Fn("ln", Scalar, 1, 1, StaticType.Double, "ln(" + PositiveOrNull + ")"),
        Fn("log", Scalar, StaticType.Double, (1, "ln(" + PositiveOrNull + ")"),
            (2, "(ln(nullif(greatest({1}, 0), 0)) / nullif(ln(nullif(greatest({0}, 0), 0)), 0))")),
        Fn("log10", Scalar, 1, 1, StaticType.Double, "log10(" + PositiveOrNull + ")"),
        Fn("log2", Scalar, 1, 1, StaticType.Double, "log2(" + PositiveOrNull + ")"),
        Same(Fn("mod", Scalar, 2, 2, StaticType.Unknown, "({0} % nullif({1}, 0))")),
        Fn("pi", Scalar, 0, 0, StaticType.Double, "pi()"),
        Fn("pow", Scalar, 2, 2, StaticType.Double, "power({0}, {1})"),
        Fn("power", Scalar, 2, 2, StaticType.Double, "power({0}, {1})"),
        Fn("radians", Scalar, 1, 1, StaticType.Double, "radians({0})"),
        Fn("rand", Scalar, 0, 0, StaticType.Double, "random()"),
        Fn("random", Scalar, 0, 0, StaticType.Double, "random()"),
        Same(Fn("round", Scalar, StaticType.Unknown, (1, "round({0})"), (2, "round({0}, {1})"))),
        Fn("sign", Scalar, 1, 1, StaticType.Double, "CAST(sign({0}) AS DOUBLE)"),
        Fn("signum", Scalar, 1, 1, StaticType.Double, "CAST(sign({0}) AS DOUBLE)"),
        Fn("sin", Scalar, 1, 1, StaticType.Double, "sin({0})"),
        Fn("sqrt", Scalar, 1, 1, StaticType.Double, "CASE WHEN {0} < 0 THEN 'NaN'::DOUBLE ELSE sqrt({0}) END"),
        Fn("tan", Scalar, 1, 1, StaticType.Double, "tan({0})"),
        new SqlFunction("trunc", Scalar, 1, 2, StaticType.Unknown)
        {
            ResultFromArgument = 0,
            Unit = new UnitArgument(1, 2, FieldsAllowed: false, StringsOnly: true),
            Special = SpecialRenderings.Trunc,
        },
    ];

    private static IEnumerable<SqlFunction> Conditionals() =>
    [
        Same(Fn("coalesce", Scalar, 1, Many, StaticType.Unknown, "coalesce({*})")),
        Same(Fn("greatest", Scalar, 2, Many, StaticType.Unknown, "greatest({*})")),
        Same(Fn("if", Scalar, 3, 3, StaticType.Unknown, "CASE WHEN {0} THEN {1} ELSE {2} END"), 1),
        Same(Fn("ifnull", Scalar, 2, 2, StaticType.Unknown, "coalesce({0}, {1})")),
        Fn("is_not_null", Scalar, 1, 1, StaticType.Boolean, "({0} IS NOT NULL)"),
        Fn("is_null", Scalar, 1, 1, StaticType.Boolean, "({0} IS NULL)"),
        Fn("isnotnull", Scalar, 1, 1, StaticType.Boolean, "({0} IS NOT NULL)"),
        Fn("isnull", Scalar, 1, 1, StaticType.Boolean, "({0} IS NULL)"),
        Same(Fn("least", Scalar, 2, Many, StaticType.Unknown, "least({*})")),
        Same(Fn("nullif", Scalar, 2, 2, StaticType.Unknown, "nullif({0}, {1})")),
        Same(Fn("nvl", Scalar, 2, 2, StaticType.Unknown, "coalesce({0}, {1})")),
        Same(Fn("nvl2", Scalar, 3, 3, StaticType.Unknown, "CASE WHEN {0} IS NOT NULL THEN {1} ELSE {2} END"), 1),
    ];

    private static IEnumerable<SqlFunction> Conversions() =>
    [
        Fn("base64", Scalar, 1, 1, StaticType.String, "base64(encode(CAST({0} AS VARCHAR)))"),
        Fn("hex", Scalar, 1, 1, StaticType.String, "upper(hex({0}))"),
        Fn("unbase64", Scalar, 1, 1, StaticType.Binary, "from_base64({0})"),
        Fn("unhex", Scalar, 1, 1, StaticType.Binary, "unhex({0})"),
        new SqlFunction("to_char", Scalar, 2, 2, StaticType.String) { PatternArgument = 1, Special = SpecialRenderings.FormatDateTime },
        new SqlFunction("date_format", Scalar, 2, 2, StaticType.String) { PatternArgument = 1, Special = SpecialRenderings.FormatDateTime },
        new SqlFunction("to_date", Scalar, 1, 2, StaticType.Date) { PatternArgument = 1, Special = SpecialRenderings.ParseDateTime },
        new SqlFunction("to_timestamp", Scalar, 1, 2, StaticType.Timestamp) { PatternArgument = 1, Special = SpecialRenderings.ParseDateTime },
        Fn("date", Scalar, 1, 1, StaticType.Date, "TRY_CAST(" + AsTimestamp + " AS DATE)"),
        Fn("timestamp", Scalar, 1, 1, StaticType.Timestamp, AsTimestamp),
    ];

    private static IEnumerable<SqlFunction> DatesAndTimes() =>
    [
        Fn("add_months", Scalar, 2, 2, StaticType.Date, "CAST(TRY_CAST({0} AS DATE) + to_months(CAST({1} AS INTEGER)) AS DATE)"),
        Fn("current_date", Scalar, 0, 0, StaticType.Date, "current_date"),
        Fn("current_timestamp", Scalar, 0, 0, StaticType.Timestamp, "CAST(current_timestamp AS TIMESTAMP)"),
        Fn("getdate", Scalar, 0, 0, StaticType.Timestamp, "CAST(current_timestamp AS TIMESTAMP)"),
        Fn("localtimestamp", Scalar, 0, 0, StaticType.Timestamp, "CAST(current_timestamp AS TIMESTAMP)"),
        Fn("now", Scalar, 0, 0, StaticType.Timestamp, "CAST(current_timestamp AS TIMESTAMP)"),
        new SqlFunction("date_add", Scalar, 2, 3, StaticType.Date)
        {
            Unit = new UnitArgument(0, 3, FieldsAllowed: false),
            Templates = new Dictionary<int, string> { [2] = "(TRY_CAST({0} AS DATE) + CAST({1} AS INTEGER))" },
            Special = SpecialRenderings.DateAdd,
        },
        new SqlFunction("dateadd", Scalar, 3, 3, StaticType.Timestamp)
        {
            Unit = new UnitArgument(0, 3, FieldsAllowed: false),
            Special = SpecialRenderings.DateAdd,
        },
        Fn("date_sub", Scalar, 2, 2, StaticType.Date, "(TRY_CAST({0} AS DATE) - CAST({1} AS INTEGER))"),
        new SqlFunction("date_diff", Scalar, 2, 3, StaticType.Integer)
        {
            Unit = new UnitArgument(0, 3, FieldsAllowed: false),
            Templates = new Dictionary<int, string> { [2] = "date_diff('day', TRY_CAST({1} AS DATE), TRY_CAST({0} AS DATE))" },
            Special = SpecialRenderings.DateDiff,
        },
        new SqlFunction("datediff", Scalar, 2, 3, StaticType.Integer)
        {
            Unit = new UnitArgument(0, 3, FieldsAllowed: false),
            Templates = new Dictionary<int, string> { [2] = "date_diff('day', TRY_CAST({1} AS DATE), TRY_CAST({0} AS DATE))" },
            Special = SpecialRenderings.DateDiff,
        },
        new SqlFunction("date_part", Scalar, 2, 2, StaticType.Unknown)
        {
            Unit = new UnitArgument(0, 2, FieldsAllowed: true),
            Special = SpecialRenderings.DatePartFunction,
        },
        new SqlFunction("date_trunc", Scalar, 2, 2, StaticType.Timestamp)
        {
            Unit = new UnitArgument(0, 2, FieldsAllowed: false),
            Special = SpecialRenderings.DateTrunc,
        },
        Fn("day", Scalar, 1, 1, StaticType.Integer, "dayofmonth(" + AsTimestamp + ")"),
        Fn("dayofmonth", Scalar, 1, 1, StaticType.Integer, "dayofmonth(" + AsTimestamp + ")"),
        Fn("dayofweek", Scalar, 1, 1, StaticType.Integer, "(dayofweek(" + AsTimestamp + ") + 1)"),
        Fn("dayofyear", Scalar, 1, 1, StaticType.Integer, "dayofyear(" + AsTimestamp + ")"),
        Fn("hour", Scalar, 1, 1, StaticType.Integer, "hour(" + AsTimestamp + ")"),
        Fn("minute", Scalar, 1, 1, StaticType.Integer, "minute(" + AsTimestamp + ")"),
        Fn("month", Scalar, 1, 1, StaticType.Integer, "month(" + AsTimestamp + ")"),
        Fn("quarter", Scalar, 1, 1, StaticType.Integer, "quarter(" + AsTimestamp + ")"),
        Fn("second", Scalar, 1, 1, StaticType.Integer, "second(" + AsTimestamp + ")"),
        Fn("weekofyear", Scalar, 1, 1, StaticType.Integer, "week(" + AsTimestamp + ")"),
        Fn("year", Scalar, 1, 1, StaticType.Integer, "year(" + AsTimestamp + ")"),
    ];

    private static IEnumerable<SqlFunction> Strings() =>
    [
        Fn("btrim", Scalar, StaticType.String, (1, "trim(CAST({0} AS VARCHAR))"), (2, "trim(CAST({0} AS VARCHAR), {1})")),
        Fn("cardinality", Scalar, 1, 1, StaticType.Integer, "coalesce(len({0}), -1)"),
        Fn("char_length", Scalar, 1, 1, StaticType.Integer, "length({0})"),
        Fn("character_length", Scalar, 1, 1, StaticType.Integer, "length({0})"),
        Fn("concat", Scalar, 1, Many, StaticType.String, "{||}"),
        Fn("concat_ws", Scalar, 2, Many, StaticType.String, "concat_ws({*})"),
        Fn("format_string", Scalar, 1, Many, StaticType.String, "printf({*})"),
        Fn("instr", Scalar, 2, 2, StaticType.Integer, "strpos({0}, {1})"),
        Fn("left", Scalar, 2, 2, StaticType.String, "left(CAST({0} AS VARCHAR), greatest({1}, 0))"),
        Fn("length", Scalar, 1, 1, StaticType.Integer, "length({0})"),
        Fn("lower", Scalar, 1, 1, StaticType.String, "lower({0})"),
        Fn("lpad", Scalar, StaticType.String, (2, "lpad(CAST({0} AS VARCHAR), {1}, ' ')"), (3, "lpad(CAST({0} AS VARCHAR), {1}, {2})")),
        Fn("ltrim", Scalar, StaticType.String, (1, "ltrim(CAST({0} AS VARCHAR))"), (2, "ltrim(CAST({0} AS VARCHAR), {1})")),
        Fn("position", Scalar, 2, 2, StaticType.Integer, "strpos({1}, {0})"),
        Fn("regexp_count", Scalar, 2, 2, StaticType.Integer, "len(regexp_extract_all({0}, {1}))"),
        Fn("regexp_extract", Scalar, StaticType.String, (2, "regexp_extract({0}, {1}, 1)"), (3, "regexp_extract({0}, {1}, {2})")),
        new SqlFunction("regexp_replace", Scalar, 3, 3, StaticType.String)
        {
            Templates = new Dictionary<int, string> { [3] = "regexp_replace({0}, {1}, {2}, 'g')" },
            Check = call => call.Arguments[2] is StringLiteral { Value: var replacement } && !replacement.Contains('$') && !replacement.Contains('\\')
                ? null
                : "the replacement of regexp_replace must be a string literal without group references",
        },
        Fn("regexp_substr", Scalar, 2, 2, StaticType.String, "nullif(regexp_extract({0}, {1}), '')"),
        Fn("repeat", Scalar, 2, 2, StaticType.String, "repeat(CAST({0} AS VARCHAR), greatest({1}, 0))"),
        Fn("replace", Scalar, StaticType.String, (2, "replace({0}, {1}, '')"), (3, "replace({0}, {1}, {2})")),
        Fn("reverse", Scalar, 1, 1, StaticType.String, "reverse({0})"),
        Fn("right", Scalar, 2, 2, StaticType.String, "right(CAST({0} AS VARCHAR), greatest({1}, 0))"),
        Fn("rpad", Scalar, StaticType.String, (2, "rpad(CAST({0} AS VARCHAR), {1}, ' ')"), (3, "rpad(CAST({0} AS VARCHAR), {1}, {2})")),
        Fn("rtrim", Scalar, StaticType.String, (1, "rtrim(CAST({0} AS VARCHAR))"), (2, "rtrim(CAST({0} AS VARCHAR), {1})")),
        Fn("size", Scalar, 1, 1, StaticType.Integer, "coalesce(len({0}), -1)"),
        Fn("split_part", Scalar, 3, 3, StaticType.String, "split_part({0}, {1}, {2})"),
        new SqlFunction("substr", Scalar, 2, 3, StaticType.String) { Special = SpecialRenderings.Substring },
        new SqlFunction("substring", Scalar, 2, 3, StaticType.String) { Special = SpecialRenderings.Substring },
        Fn("translate", Scalar, 3, 3, StaticType.String, "translate({0}, {1}, {2})"),
        Fn("trim", Scalar, StaticType.String, (1, "trim(CAST({0} AS VARCHAR))"), (2, "trim(CAST({0} AS VARCHAR), {1})")),
        Fn("upper", Scalar, 1, 1, StaticType.String, "upper({0})"),
        Fn("uuid", Scalar, 0, 0, StaticType.String, "CAST(uuid() AS VARCHAR)"),
    ];

    private static IEnumerable<SqlFunction> HashesAndJson() =>
    [
        Fn("get_json_object", Scalar, 2, 2, StaticType.String, "json_extract_string(TRY_CAST({0} AS JSON), {1})"),
        Fn("json_parse", Scalar, 1, 1, StaticType.String, "CAST(json({0}) AS VARCHAR)"),
        Fn("md5", Scalar, 1, 1, StaticType.String, "md5({0})"),
        Fn("sha", Scalar, 1, 1, StaticType.String, "sha1({0})"),
        Fn("sha1", Scalar, 1, 1, StaticType.String, "sha1({0})"),
        new SqlFunction("sha2", Scalar, 2, 2, StaticType.String)
        {
            Templates = new Dictionary<int, string> { [2] = "sha256({0})" },
            Check = call => call.Arguments[1] is NumberLiteral { Text: "0" or "256" }
                ? null
                : "sha2 supports only 256-bit digests (second argument 0 or 256)",
        },
    ];
}
