namespace Cleanroom.Server.S3;

/// <summary>A result object as committed: its key, size and ETag (quoted MD5).</summary>
internal sealed record WrittenObject(string Bucket, string Key, long Size, string ETag);
