using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Cleanroom.Server.QueryLogs.FilterPatterns;

/// <summary>
/// A JSON filter condition. A comparison is true when some value the selector reaches satisfies it; a selector
/// that reaches nothing makes every comparison false (<c>!=</c> included) — test absence with <c>NOT EXISTS</c>.
/// </summary>
internal abstract record JsonCondition
{
    public bool Evaluate(JsonElement root) => this switch
    {
        JsonAnd and => and.Left.Evaluate(root) && and.Right.Evaluate(root),
        JsonOr or => or.Left.Evaluate(root) || or.Right.Evaluate(root),
        JsonExists exists => exists.Selector.Select(root).Any() == exists.Present,
        JsonIs test => test.Selector.Select(root).Any(value => test.Literal switch
        {
            JsonLiteral.True => value.ValueKind == JsonValueKind.True,
            JsonLiteral.False => value.ValueKind == JsonValueKind.False,
            _ => value.ValueKind == JsonValueKind.Null,
        }),
        JsonComparison comparison => comparison.Selector.Select(root).Any(comparison.Holds),
        _ => throw new InvalidOperationException($"Unknown JSON condition {GetType().Name}."),
    };
}

internal sealed record JsonAnd(JsonCondition Left, JsonCondition Right) : JsonCondition;

internal sealed record JsonOr(JsonCondition Left, JsonCondition Right) : JsonCondition;

/// <summary><c>$.x EXISTS</c> / <c>$.x NOT EXISTS</c>.</summary>
internal sealed record JsonExists(JsonSelector Selector, bool Present) : JsonCondition;

/// <summary><c>$.x IS TRUE | FALSE | NULL</c>.</summary>
internal sealed record JsonIs(JsonSelector Selector, JsonLiteral Literal) : JsonCondition;

internal enum JsonLiteral
{
    True,
    False,
    Null,
}

/// <summary>
/// <c>$.x op value</c>. Numbers compare numerically with any operator; strings (quoted or bare, with <c>*</c>
/// wildcards) and <c>%regex%</c> only with <c>=</c> and <c>!=</c>, against string values (other scalars by their
/// JSON text).
/// </summary>
internal sealed record JsonComparison(JsonSelector Selector, string Operator, JsonValue Value) : JsonCondition
{
    public bool Holds(JsonElement element) => Value switch
    {
        JsonNumber number => element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out var actual) && Compare(actual, number.Value),
        JsonText text => Text(element) is { } actual && Regexes.IsMatch(text.Pattern, actual) == (Operator == "="),
        JsonRegex regex => Text(element) is { } actual && Regexes.IsMatch(regex.Regex, actual) == (Operator == "="),
        _ => false,
    };

    private static string? Text(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        _ => null,
    };

    private bool Compare(double actual, double expected) => Operator switch
    {
        "=" => actual == expected,
        "!=" => actual != expected,
        ">" => actual > expected,
        ">=" => actual >= expected,
        "<" => actual < expected,
        "<=" => actual <= expected,
        _ => false,
    };
}

/// <summary>The right-hand side of a comparison.</summary>
internal abstract record JsonValue
{
    /// <summary>A bare or quoted value: a number when it reads as one (and was not quoted), else text with wildcards.</summary>
    public static JsonValue From(string text, bool quoted) =>
        !quoted && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? new JsonNumber(number)
            : new JsonText(Regexes.Wildcard(text));
}

internal sealed record JsonNumber(double Value) : JsonValue;

internal sealed record JsonText(Regex Pattern) : JsonValue;

internal sealed record JsonRegex(Regex Regex) : JsonValue;
