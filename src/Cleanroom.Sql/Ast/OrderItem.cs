namespace Cleanroom.Sql.Ast;

/// <summary>
/// One ORDER BY key. Absent direction/null ordering mean the Spark defaults (ascending; NULLs first when
/// ascending, last when descending), which the renderer spells out because DuckDB's defaults differ.
/// </summary>
public sealed record OrderItem(Expression Expression, SortDirection? Direction, NullOrdering? Nulls) : SqlNode;
