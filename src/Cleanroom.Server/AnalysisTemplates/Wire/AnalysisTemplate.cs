using System.Text.Json;

namespace Cleanroom.Server.AnalysisTemplates.Wire;

internal sealed record AnalysisTemplate(
    string Id,
    string Arn,
    string CollaborationId,
    string CollaborationArn,
    string MembershipId,
    string MembershipArn,
    string? Description,
    string Name,
    DateTimeOffset CreateTime,
    DateTimeOffset UpdateTime,
    JsonElement Schema,
    string Format,
    JsonElement Source,
    JsonElement? AnalysisParameters,
    JsonElement? ErrorMessageConfiguration);
