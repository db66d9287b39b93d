namespace Cleanroom.Rules.Policies;

/// <summary>The CUSTOM rule (spec 3.5.3).</summary>
/// <param name="AllowedAnalyses">Analysis template ARNs, or <c>ANY_QUERY</c> / <c>ANY_JOB</c>.</param>
public sealed record CustomRule(IReadOnlyList<string> AllowedAnalyses) : AnalysisRule
{
    public const string AnyQuery = "ANY_QUERY";

    public override AnalysisRuleType Type => AnalysisRuleType.Custom;

    public IReadOnlyList<string> AllowedAnalysisProviders { get; init; } = [];

    public IReadOnlyList<string> DisallowedOutputColumns { get; init; } = [];

    /// <summary>The <c>differentialPrivacy</c> user-identifier columns; empty when differential privacy is off.</summary>
    public IReadOnlyList<string> DifferentialPrivacyColumns { get; init; } = [];
}
