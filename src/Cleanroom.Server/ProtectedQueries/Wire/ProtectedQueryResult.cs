namespace Cleanroom.Server.ProtectedQueries.Wire;

internal sealed record ProtectedQueryResult(ProtectedQueryOutput Output);
