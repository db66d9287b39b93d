namespace Cleanroom.Server.S3.Multipart;

/// <summary>An uploaded part; <see cref="Checksum"/> is base64 in the upload's algorithm.</summary>
internal sealed record PartRecord(string UploadId, int PartNumber, string FileId, long Size, string ETag, string? Checksum, DateTimeOffset LastModified);
