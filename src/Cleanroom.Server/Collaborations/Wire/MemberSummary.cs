using System.Text.Json;

namespace Cleanroom.Server.Collaborations.Wire;

internal sealed record MemberSummary(
    string AccountId,
    string Status,
    string DisplayName,
    IReadOnlyList<string> Abilities,
    JsonElement? MlAbilities,
    DateTimeOffset CreateTime,
    DateTimeOffset UpdateTime,
    string? MembershipId,
    string? MembershipArn,
    PaymentConfiguration PaymentConfiguration);
