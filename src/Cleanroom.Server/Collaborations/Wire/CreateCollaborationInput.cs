using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cleanroom.Server.Collaborations.Wire;

internal sealed record CreateCollaborationInput(
    IReadOnlyList<MemberSpecification> Members,
    string Name,
    string Description,
    IReadOnlyList<string> CreatorMemberAbilities,
    [property: JsonPropertyName("creatorMLMemberAbilities")] JsonElement? CreatorMlMemberAbilities,
    string CreatorDisplayName,
    JsonElement? DataEncryptionMetadata,
    string QueryLogStatus,
    string? JobLogStatus,
    Dictionary<string, string>? Tags,
    PaymentConfiguration? CreatorPaymentConfiguration,
    string? AnalyticsEngine,
    IReadOnlyList<string>? AutoApprovedChangeRequestTypes,
    IReadOnlyList<string>? AllowedResultRegions,
    bool? IsMetricsEnabled);
