using System.Text.Json;
using Cleanroom.Server.Collaborations.Wire;

namespace Cleanroom.Server.Memberships.Wire;

internal sealed record Membership(
    string Id,
    string Arn,
    string CollaborationArn,
    string CollaborationId,
    string CollaborationCreatorAccountId,
    string CollaborationCreatorDisplayName,
    string CollaborationName,
    DateTimeOffset CreateTime,
    DateTimeOffset UpdateTime,
    string Status,
    IReadOnlyList<string> MemberAbilities,
    JsonElement? MlMemberAbilities,
    string QueryLogStatus,
    string? JobLogStatus,
    JsonElement? DefaultResultConfiguration,
    JsonElement? DefaultJobResultConfiguration,
    PaymentConfiguration PaymentConfiguration,
    bool? IsMetricsEnabled)
{
    /// <summary>The list view: the same membership without log settings and result configurations.</summary>
    public MembershipSummary ToSummary() => new(
        Id,
        Arn,
        CollaborationArn,
        CollaborationId,
        CollaborationCreatorAccountId,
        CollaborationCreatorDisplayName,
        CollaborationName,
        CreateTime,
        UpdateTime,
        Status,
        MemberAbilities,
        MlMemberAbilities,
        PaymentConfiguration);
}
