namespace Cleanroom.Sql.Ast;

/// <summary>A table (or CTE) by name, optionally aliased.</summary>
public sealed record NamedTable(ObjectName Name, Identifier? Alias) : TableReference;
