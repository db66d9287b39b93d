using System.Text.Json;

namespace Cleanroom.Server.Memberships.Wire;

internal sealed record UpdateMembershipInput(
    string? QueryLogStatus,
    string? JobLogStatus,
    JsonElement? DefaultResultConfiguration,
    JsonElement? DefaultJobResultConfiguration);
