namespace Cleanroom.Sql.Ast;

public sealed record WhenClause(Expression Condition, Expression Result) : SqlNode;
