namespace Cleanroom.Server.ProtectedQueries.Wire;

internal sealed record ProtectedQuerySingleMemberOutput(string AccountId);
