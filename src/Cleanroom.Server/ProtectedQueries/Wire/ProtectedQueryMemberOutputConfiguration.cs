namespace Cleanroom.Server.ProtectedQueries.Wire;

internal sealed record ProtectedQueryMemberOutputConfiguration(string AccountId);
