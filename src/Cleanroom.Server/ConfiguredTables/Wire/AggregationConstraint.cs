namespace Cleanroom.Server.ConfiguredTables.Wire;

/// <summary>Every output row needs at least <see cref="Minimum"/> distinct values of the column (type COUNT_DISTINCT).</summary>
internal sealed record AggregationConstraint(string ColumnName, int Minimum, string Type);
