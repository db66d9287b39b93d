namespace Cleanroom.Rules;

/// <summary>
/// Why a query was refused: the rule or control (e.g. <c>aggregation.joinRequired</c>), a message that names
/// tables, columns, functions and clauses but never a data value or a literal of the query, and where.
/// </summary>
public sealed record RuleViolation(string Rule, string Message, int Line, int Column)
{
    public override string ToString() => $"line {Line}, column {Column}: {Message} [{Rule}]";
}
