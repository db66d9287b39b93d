namespace Cleanroom.Sql.Ast;

public sealed record UsingCondition(SyntaxList<Identifier> Columns) : JoinCondition;
