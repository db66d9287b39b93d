using System.Text.Json;

namespace Cleanroom.Server.Collaborations.Wire;

/// <summary>An invited member in <c>CreateCollaboration</c>.</summary>
internal sealed record MemberSpecification(
    string AccountId,
    IReadOnlyList<string> MemberAbilities,
    JsonElement? MlMemberAbilities,
    string DisplayName,
    PaymentConfiguration? PaymentConfiguration);
