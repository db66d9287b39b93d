namespace Cleanroom.Sql.Ast;

/// <summary>Arithmetic, concatenation, comparison and logical operators (<c>==</c> is read as <c>=</c>, <c>!=</c> as <c>&lt;&gt;</c>).</summary>
public sealed record BinaryExpression(Expression Left, BinaryOperator Operator, Expression Right) : Expression;
