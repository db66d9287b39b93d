namespace Cleanroom.Server.Schemas.Wire;

internal sealed record Schema(
    IReadOnlyList<SchemaColumn> Columns,
    IReadOnlyList<SchemaColumn> PartitionKeys,
    IReadOnlyList<string> AnalysisRuleTypes,
    string? AnalysisMethod,
    IReadOnlyList<string>? SelectedAnalysisMethods,
    string CreatorAccountId,
    string Name,
    string CollaborationId,
    string CollaborationArn,
    string Description,
    DateTimeOffset CreateTime,
    DateTimeOffset UpdateTime,
    string Type,
    IReadOnlyList<SchemaStatusDetail> SchemaStatusDetails,
    string? ResourceArn);
