using Cleanroom.Server.S3.Payload;

namespace Cleanroom.Server.S3.Multipart;

/// <summary>A multipart upload in progress: the object it will create and the checksum its parts carry.</summary>
internal sealed record UploadRecord(
    string UploadId,
    string Bucket,
    string Key,
    DateTimeOffset Initiated,
    ObjectHeaders Headers,
    ChecksumAlgorithm? Algorithm,
    string? ChecksumType);
