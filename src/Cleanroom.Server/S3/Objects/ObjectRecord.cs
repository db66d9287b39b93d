namespace Cleanroom.Server.S3.Objects;

/// <summary>One stored object: where its bytes are (<see cref="FileId"/>) and what GET/HEAD/List return about it.</summary>
internal sealed record ObjectRecord(
    string Bucket,
    string Key,
    string FileId,
    long Size,
    string ETag,
    DateTimeOffset LastModified,
    ObjectHeaders Headers,
    StoredChecksum? Checksum,
    int? PartCount);
