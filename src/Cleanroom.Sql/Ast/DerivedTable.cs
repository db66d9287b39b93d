namespace Cleanroom.Sql.Ast;

/// <summary>A subquery in FROM, optionally aliased with optional column aliases.</summary>
public sealed record DerivedTable(Query Query, Identifier? Alias, SyntaxList<Identifier> ColumnAliases) : TableReference;
