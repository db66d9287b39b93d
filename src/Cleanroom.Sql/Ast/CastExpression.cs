namespace Cleanroom.Sql.Ast;

/// <summary><c>CAST(x AS type)</c>, <c>x::type</c> (same node) or <c>TRY_CAST(x AS type)</c>.</summary>
public sealed record CastExpression(Expression Value, TypeName Type, bool Try) : Expression;
