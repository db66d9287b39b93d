namespace Cleanroom.Server.ProtectedQueries.Wire;

internal sealed record ProtectedQueryS3Output(string Location);
