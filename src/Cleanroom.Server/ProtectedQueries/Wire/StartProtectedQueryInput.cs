using System.Text.Json;

namespace Cleanroom.Server.ProtectedQueries.Wire;

/// <summary>StartProtectedQuery's body. <see cref="ComputeConfiguration"/> is recorded as sent (there are no Spark workers to size).</summary>
internal sealed record StartProtectedQueryInput(
    string Type,
    ProtectedQuerySqlParameters SqlParameters,
    ProtectedQueryResultConfiguration? ResultConfiguration,
    JsonElement? ComputeConfiguration);
