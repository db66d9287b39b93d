using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cleanroom.Server.Schemas.Wire;

/// <summary>
/// The model's <c>AnalysisRule</c> (a schema's rule): the configured table's policy as its owner sent it, the
/// association's collaboration policy, and the two consolidated into the policy the query engine evaluates.
/// </summary>
internal sealed record SchemaAnalysisRule(
    string CollaborationId,
    string Type,
    string Name,
    DateTimeOffset CreateTime,
    DateTimeOffset UpdateTime,
    JsonElement Policy,
    JsonElement? CollaborationPolicy,
    JsonObject ConsolidatedPolicy);
