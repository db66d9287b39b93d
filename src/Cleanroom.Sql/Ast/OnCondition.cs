namespace Cleanroom.Sql.Ast;

public sealed record OnCondition(Expression Condition) : JoinCondition;
