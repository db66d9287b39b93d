using System.Text.Json;

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
