namespace Cleanroom.Server.ConfiguredTables.Wire;

/// <summary>Columns that may be aggregated with <see cref="Function"/> (SUM, SUM_DISTINCT, COUNT, COUNT_DISTINCT, AVG).</summary>
internal sealed record AggregateColumn(IReadOnlyList<string> ColumnNames, string Function);
