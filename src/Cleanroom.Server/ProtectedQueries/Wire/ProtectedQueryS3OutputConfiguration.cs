namespace Cleanroom.Server.ProtectedQueries.Wire;

internal sealed record ProtectedQueryS3OutputConfiguration(string ResultFormat, string Bucket, string? KeyPrefix, bool? SingleFileOutput);
