using System.Text.Json;

namespace Cleanroom.Server.Collaborations.Wire;

/// <summary>The <c>Collaboration</c> structure; <c>memberStatus</c> and the membership fields are the caller's own.</summary>
internal sealed record Collaboration(
    string Id,
    string Arn,
    string Name,
    string? Description,
    string CreatorAccountId,
    string CreatorDisplayName,
    DateTimeOffset CreateTime,
    DateTimeOffset UpdateTime,
    string MemberStatus,
    string? MembershipId,
    string? MembershipArn,
    JsonElement? DataEncryptionMetadata,
    string QueryLogStatus,
    string? JobLogStatus,
    string? AnalyticsEngine,
    IReadOnlyList<string>? AutoApprovedChangeTypes,
    IReadOnlyList<string>? AllowedResultRegions,
    bool? IsMetricsEnabled);
