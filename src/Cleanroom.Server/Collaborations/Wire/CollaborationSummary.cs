namespace Cleanroom.Server.Collaborations.Wire;

internal sealed record CollaborationSummary(
    string Id,
    string Arn,
    string Name,
    string CreatorAccountId,
    string CreatorDisplayName,
    DateTimeOffset CreateTime,
    DateTimeOffset UpdateTime,
    string MemberStatus,
    string? MembershipId,
    string? MembershipArn,
    string? AnalyticsEngine);
