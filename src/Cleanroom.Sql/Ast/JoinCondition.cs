namespace Cleanroom.Sql.Ast;

/// <summary>How a join matches rows: <c>ON</c> or <c>USING</c>.</summary>
public abstract record JoinCondition : SqlNode;
