namespace Cleanroom.Server.ProtectedQueries.Wire;

/// <summary>Start/Get/UpdateProtectedQuery output.</summary>
internal sealed record ProtectedQueryResponse(ProtectedQuery ProtectedQuery);
