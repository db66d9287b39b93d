namespace Cleanroom.Sql.Ast;

/// <summary>The expression family.</summary>
public abstract record Expression : SqlNode;
