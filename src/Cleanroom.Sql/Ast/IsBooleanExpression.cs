namespace Cleanroom.Sql.Ast;

/// <summary><c>value IS [NOT] TRUE|FALSE</c>.</summary>
public sealed record IsBooleanExpression(Expression Value, bool Expected, bool Negated) : Expression;
