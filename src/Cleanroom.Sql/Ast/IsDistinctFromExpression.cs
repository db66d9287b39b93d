namespace Cleanroom.Sql.Ast;

public sealed record IsDistinctFromExpression(Expression Left, Expression Right, bool Negated) : Expression;
