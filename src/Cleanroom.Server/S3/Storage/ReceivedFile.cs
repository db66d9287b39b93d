using Cleanroom.Server.S3.Payload;

namespace Cleanroom.Server.S3.Storage;

/// <summary>A verified upload in the temporary area: its size, MD5 (the ETag) and flexible checksum when one was asked for.</summary>
internal sealed record ReceivedFile(string TempPath, long Size, byte[] Md5, ChecksumAlgorithm? Algorithm, byte[]? Checksum)
{
    public string ETag => $"\"{Convert.ToHexStringLower(Md5)}\"";
}
