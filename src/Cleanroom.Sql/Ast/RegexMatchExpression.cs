namespace Cleanroom.Sql.Ast;

/// <summary><c>value [NOT] RLIKE|REGEXP pattern</c>: true when the pattern matches anywhere in the value.</summary>
public sealed record RegexMatchExpression(Expression Value, Expression Pattern, bool Negated) : Expression;
