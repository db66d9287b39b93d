namespace Cleanroom.Rules.Policies;

/// <summary>The AGGREGATION rule (spec 3.5.1).</summary>
/// <param name="ScalarFunctions">Values of the API's <c>ScalarFunctions</c> enum (e.g. <c>TRUNC</c>, <c>CAST</c>).</param>
public sealed record AggregationRule(
    IReadOnlyList<AggregateColumn> AggregateColumns,
    IReadOnlyList<string> JoinColumns,
    IReadOnlyList<string> DimensionColumns,
    IReadOnlyList<string> ScalarFunctions,
    IReadOnlyList<AggregationConstraint> OutputConstraints) : AnalysisRule
{
    public override AnalysisRuleType Type => AnalysisRuleType.Aggregation;

    /// <summary><c>joinRequired: QUERY_RUNNER</c>.</summary>
    public bool JoinRequired { get; init; }

    /// <summary>Empty means the API default, <c>AND</c> only.</summary>
    public IReadOnlyList<JoinOperator> AllowedJoinOperators { get; init; } = [];
}
