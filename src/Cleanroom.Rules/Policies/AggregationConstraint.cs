namespace Cleanroom.Rules.Policies;

/// <summary>An <c>outputConstraints</c> entry: every output row must aggregate at least <paramref name="Minimum"/> distinct values of the column.</summary>
public sealed record AggregationConstraint(string ColumnName, int Minimum);
