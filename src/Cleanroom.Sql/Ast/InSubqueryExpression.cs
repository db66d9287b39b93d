namespace Cleanroom.Sql.Ast;

public sealed record InSubqueryExpression(Expression Value, Query Query, bool Negated) : Expression;
