using System.Text.Json.Nodes;

namespace Cleanroom.Server.ProtectedQueries.Logging;

/// <summary>A member who gets a query's log records, and the stage-independent part of its record.</summary>
internal sealed record LogRecipient(string AccountId, JsonObject Record);
