namespace Cleanroom.Sql.Ast;

public sealed record BetweenExpression(Expression Value, Expression Low, Expression High, bool Negated) : Expression;
