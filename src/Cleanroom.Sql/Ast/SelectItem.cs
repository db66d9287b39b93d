namespace Cleanroom.Sql.Ast;

/// <summary>The select-item family.</summary>
public abstract record SelectItem : SqlNode;
