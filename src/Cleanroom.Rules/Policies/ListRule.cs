namespace Cleanroom.Rules.Policies;

/// <summary>The LIST rule (spec 3.5.2).</summary>
public sealed record ListRule(IReadOnlyList<string> JoinColumns, IReadOnlyList<string> ListColumns) : AnalysisRule
{
    public override AnalysisRuleType Type => AnalysisRuleType.List;

    /// <summary>Empty means the API default, <c>AND</c> only.</summary>
    public IReadOnlyList<JoinOperator> AllowedJoinOperators { get; init; } = [];
}
