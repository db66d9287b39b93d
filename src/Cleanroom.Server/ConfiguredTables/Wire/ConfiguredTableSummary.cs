namespace Cleanroom.Server.ConfiguredTables.Wire;

internal sealed record ConfiguredTableSummary(
    string Id,
    string Arn,
    string Name,
    DateTimeOffset CreateTime,
    DateTimeOffset UpdateTime,
    IReadOnlyList<string> AnalysisRuleTypes,
    string AnalysisMethod,
    IReadOnlyList<string>? SelectedAnalysisMethods);
