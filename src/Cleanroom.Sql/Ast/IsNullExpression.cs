namespace Cleanroom.Sql.Ast;

public sealed record IsNullExpression(Expression Value, bool Negated) : Expression;
