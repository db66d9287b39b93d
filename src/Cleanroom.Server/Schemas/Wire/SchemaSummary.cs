namespace Cleanroom.Server.Schemas.Wire;

internal sealed record SchemaSummary(
    string Name,
    string Type,
    string CreatorAccountId,
    DateTimeOffset CreateTime,
    DateTimeOffset UpdateTime,
    string CollaborationId,
    string CollaborationArn,
    IReadOnlyList<string> AnalysisRuleTypes,
    string? AnalysisMethod,
    string? ResourceArn,
    IReadOnlyList<string>? SelectedAnalysisMethods);
