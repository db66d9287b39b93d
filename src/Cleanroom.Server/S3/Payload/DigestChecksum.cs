using System.Security.Cryptography;

namespace Cleanroom.Server.S3.Payload;

/// <summary>SHA-1 or SHA-256 as a flexible checksum.</summary>
internal sealed class DigestChecksum(HashAlgorithmName algorithm) : RunningChecksum
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(algorithm);

    public override void Append(ReadOnlySpan<byte> data) => hash.AppendData(data);

    public override byte[] Finish() => hash.GetHashAndReset();

    public override void Dispose() => hash.Dispose();
}
