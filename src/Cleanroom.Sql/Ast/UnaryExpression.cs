namespace Cleanroom.Sql.Ast;

public sealed record UnaryExpression(UnaryOperator Operator, Expression Operand) : Expression;
