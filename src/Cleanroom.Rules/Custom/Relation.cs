using Cleanroom.Sql.Ast;

namespace Cleanroom.Rules.Custom;

/// <summary>
/// A FROM item in scope: the name queries may qualify columns with (alias, else table or CTE name; null for an
/// unaliased derived table), the alias the executable tree gives it, and its columns.
/// </summary>
internal sealed record Relation(string? Name, Identifier Alias, IReadOnlyList<RelationColumn> Columns);
