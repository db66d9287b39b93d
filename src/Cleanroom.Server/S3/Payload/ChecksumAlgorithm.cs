namespace Cleanroom.Server.S3.Payload;

/// <summary>The flexible checksums S3 verifies and stores with an object (<c>x-amz-checksum-*</c>).</summary>
internal enum ChecksumAlgorithm
{
    Crc32,
    Crc32C,
    Crc64Nvme,
    Sha1,
    Sha256,
}
