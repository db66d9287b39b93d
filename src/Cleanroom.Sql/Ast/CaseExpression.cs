namespace Cleanroom.Sql.Ast;

/// <summary>Searched CASE (no operand) or simple CASE (operand compared with each WHEN value).</summary>
public sealed record CaseExpression(Expression? Operand, SyntaxList<WhenClause> Whens, Expression? Else) : Expression;
