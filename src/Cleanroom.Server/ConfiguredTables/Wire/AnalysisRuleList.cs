namespace Cleanroom.Server.ConfiguredTables.Wire;

/// <summary>A LIST rule: the columns to join on and the columns that may be listed (and filtered on).</summary>
internal sealed record AnalysisRuleList(
    IReadOnlyList<string> JoinColumns,
    IReadOnlyList<string>? AllowedJoinOperators,
    IReadOnlyList<string> ListColumns,
    string? AdditionalAnalyses);
