using System.Text.Json;
using Cleanroom.Server.Collaborations.Wire;

namespace Cleanroom.Server.Memberships.Wire;

internal sealed record CreateMembershipInput(
    string CollaborationIdentifier,
    string QueryLogStatus,
    string? JobLogStatus,
    Dictionary<string, string>? Tags,
    JsonElement? DefaultResultConfiguration,
    JsonElement? DefaultJobResultConfiguration,
    PaymentConfiguration? PaymentConfiguration,
    bool? IsMetricsEnabled);
