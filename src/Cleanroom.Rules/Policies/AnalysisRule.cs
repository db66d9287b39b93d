namespace Cleanroom.Rules.Policies;

/// <summary>
/// A configured table's analysis rule (spec 3.5), consolidated with its association rule: the rule-specific controls
/// plus <see cref="AllowedResultReceivers"/>.
/// </summary>
public abstract record AnalysisRule
{
    public abstract AnalysisRuleType Type { get; }

    /// <summary>Absent in the policy when null.</summary>
    public AdditionalAnalyses? AdditionalAnalyses { get; init; }

    public IReadOnlyList<string> AllowedResultReceivers { get; init; } = [];
}
