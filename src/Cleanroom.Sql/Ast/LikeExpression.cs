namespace Cleanroom.Sql.Ast;

/// <summary><c>value [NOT] LIKE|ILIKE pattern [ESCAPE escape]</c>.</summary>
public sealed record LikeExpression(Expression Value, Expression Pattern, Expression? Escape, bool CaseInsensitive, bool Negated) : Expression;
