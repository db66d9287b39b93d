namespace Cleanroom.Server.S3.Storage;

/// <summary>Files a commit supersedes (deleted once it is durable) and the bytes they stop counting against the quota.</summary>
internal sealed record ReleasedFiles(IReadOnlyList<string> FileIds, long Bytes)
{
    public static readonly ReleasedFiles None = new([], 0);
}
