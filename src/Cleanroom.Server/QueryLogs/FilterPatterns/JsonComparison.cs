using System.Text.Json;

namespace Cleanroom.Server.QueryLogs.FilterPatterns;

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
