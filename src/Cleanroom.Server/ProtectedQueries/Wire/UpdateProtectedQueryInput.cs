namespace Cleanroom.Server.ProtectedQueries.Wire;

internal sealed record UpdateProtectedQueryInput(string TargetStatus);
