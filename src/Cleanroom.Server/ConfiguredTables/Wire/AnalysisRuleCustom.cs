namespace Cleanroom.Server.ConfiguredTables.Wire;

/// <summary>
/// A CUSTOM rule: either approved analysis-template ARNs, or <c>ANY_QUERY</c> (and/or <c>ANY_JOB</c>) with the
/// accounts trusted to write any query; columns that may not appear in the final output.
/// </summary>
internal sealed record AnalysisRuleCustom(
    IReadOnlyList<string> AllowedAnalyses,
    IReadOnlyList<string>? AllowedAnalysisProviders,
    string? AdditionalAnalyses,
    IReadOnlyList<string>? DisallowedOutputColumns,
    DifferentialPrivacyConfiguration? DifferentialPrivacy);
