using System.Text.Json;

namespace Cleanroom.Server.AnalysisTemplates.Wire;

/// <summary>A template as every active member sees it (with its SQL, so data owners can review it before approving).</summary>
internal sealed record CollaborationAnalysisTemplate(
    string Id,
    string Arn,
    string CollaborationId,
    string CollaborationArn,
    string? Description,
    string CreatorAccountId,
    string Name,
    DateTimeOffset CreateTime,
    DateTimeOffset UpdateTime,
    JsonElement Schema,
    string Format,
    JsonElement Source,
    JsonElement? AnalysisParameters,
    JsonElement? ErrorMessageConfiguration);
