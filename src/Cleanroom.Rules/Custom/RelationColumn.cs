using Cleanroom.Sql.Ast;

namespace Cleanroom.Rules.Custom;

/// <summary>A column of a table, CTE, derived table or query result, with the select item (or star) that produced it.</summary>
internal sealed record RelationColumn(string Name, ColumnValue Value, SqlNode At);
