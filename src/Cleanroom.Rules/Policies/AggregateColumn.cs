namespace Cleanroom.Rules.Policies;

/// <summary>An <c>aggregateColumns</c> entry: these columns may be the argument of this function.</summary>
public sealed record AggregateColumn(IReadOnlyList<string> ColumnNames, AggregateFunction Function);
