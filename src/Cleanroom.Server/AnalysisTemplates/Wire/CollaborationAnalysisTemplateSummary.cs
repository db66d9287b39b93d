namespace Cleanroom.Server.AnalysisTemplates.Wire;

internal sealed record CollaborationAnalysisTemplateSummary(
    string Arn,
    DateTimeOffset CreateTime,
    string Id,
    string Name,
    DateTimeOffset UpdateTime,
    string CollaborationArn,
    string CollaborationId,
    string CreatorAccountId,
    string? Description);
