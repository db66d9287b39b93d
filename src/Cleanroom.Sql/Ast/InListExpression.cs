namespace Cleanroom.Sql.Ast;

public sealed record InListExpression(Expression Value, SyntaxList<Expression> Items, bool Negated) : Expression;
