namespace Cleanroom.Server.Schemas.Wire;

internal sealed record SchemaStatusDetail(
    string Status,
    IReadOnlyList<SchemaStatusReason> Reasons,
    string? AnalysisRuleType,
    string AnalysisType);
