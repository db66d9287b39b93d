namespace Cleanroom.Server.ConfiguredTables.Wire;

/// <summary>
/// An AGGREGATION rule: which columns may be aggregated and how, joined on, and used as dimensions; the scalar
/// functions allowed; and the minimum distinct counts every output row must meet.
/// </summary>
internal sealed record AnalysisRuleAggregation(
    IReadOnlyList<AggregateColumn> AggregateColumns,
    IReadOnlyList<string> JoinColumns,
    string? JoinRequired,
    IReadOnlyList<string>? AllowedJoinOperators,
    IReadOnlyList<string> DimensionColumns,
    IReadOnlyList<string> ScalarFunctions,
    IReadOnlyList<AggregationConstraint> OutputConstraints,
    string? AdditionalAnalyses);
