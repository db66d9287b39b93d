namespace Cleanroom.Server.AnalysisTemplates.Wire;

internal sealed record AnalysisTemplateSummary(
    string Arn,
    DateTimeOffset CreateTime,
    string Id,
    string Name,
    DateTimeOffset UpdateTime,
    string MembershipArn,
    string MembershipId,
    string CollaborationArn,
    string CollaborationId,
    string? Description);
