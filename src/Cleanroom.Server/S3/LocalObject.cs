namespace Cleanroom.Server.S3;

/// <summary>An object's bytes as a local file a query engine (DuckDB) can read directly.</summary>
internal sealed record LocalObject(string Key, string Path, long Size);
