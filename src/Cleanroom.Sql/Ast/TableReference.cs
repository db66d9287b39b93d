namespace Cleanroom.Sql.Ast;

/// <summary>The table-reference family: named tables, derived tables and joins.</summary>
public abstract record TableReference : SqlNode;
