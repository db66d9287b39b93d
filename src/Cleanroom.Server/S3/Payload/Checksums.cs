using System.Security.Cryptography;

namespace Cleanroom.Server.S3.Payload;

/// <summary>Wire names of the flexible checksums and the running implementations behind them.</summary>
internal static class Checksums
{
    public static readonly ChecksumAlgorithm[] All = Enum.GetValues<ChecksumAlgorithm>();

    /// <summary>The name in <c>x-amz-checksum-algorithm</c> and XML (<c>CRC32</c>, <c>CRC64NVME</c>, …).</summary>
    public static string WireName(ChecksumAlgorithm algorithm) => algorithm switch
    {
        ChecksumAlgorithm.Crc32 => "CRC32",
        ChecksumAlgorithm.Crc32C => "CRC32C",
        ChecksumAlgorithm.Crc64Nvme => "CRC64NVME",
        ChecksumAlgorithm.Sha1 => "SHA1",
        ChecksumAlgorithm.Sha256 => "SHA256",
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm)),
    };

    /// <summary>The value header, e.g. <c>x-amz-checksum-crc32</c>.</summary>
    public static string HeaderName(ChecksumAlgorithm algorithm) => "x-amz-checksum-" + WireName(algorithm).ToLowerInvariant();

    /// <summary>The XML member, e.g. <c>ChecksumCRC32</c>.</summary>
    public static string XmlName(ChecksumAlgorithm algorithm) => "Checksum" + WireName(algorithm);

    public static ChecksumAlgorithm? Parse(string? name) =>
        All.Cast<ChecksumAlgorithm?>().FirstOrDefault(algorithm => string.Equals(WireName(algorithm!.Value), name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The algorithm a value header names (<c>x-amz-checksum-sha256</c> → SHA256).</summary>
    public static ChecksumAlgorithm? FromHeader(string headerName) =>
        All.Cast<ChecksumAlgorithm?>().FirstOrDefault(algorithm => string.Equals(HeaderName(algorithm!.Value), headerName.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Length in bytes of the binary value; a header value must decode to exactly this.</summary>
    public static int Size(ChecksumAlgorithm algorithm) => algorithm switch
    {
        ChecksumAlgorithm.Crc32 or ChecksumAlgorithm.Crc32C => 4,
        ChecksumAlgorithm.Crc64Nvme => 8,
        ChecksumAlgorithm.Sha1 => 20,
        ChecksumAlgorithm.Sha256 => 32,
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm)),
    };

    /// <summary>CRC64NVME objects are always FULL_OBJECT; SHA objects built from parts are always COMPOSITE.</summary>
    public static bool SupportsFullObjectMultipart(ChecksumAlgorithm algorithm) =>
        algorithm is ChecksumAlgorithm.Crc32 or ChecksumAlgorithm.Crc32C or ChecksumAlgorithm.Crc64Nvme;

    public static RunningChecksum Start(ChecksumAlgorithm algorithm) => algorithm switch
    {
        ChecksumAlgorithm.Crc32 => new ReflectedCrc<uint>(CrcTables.Crc32),
        ChecksumAlgorithm.Crc32C => new Crc32CChecksum(),
        ChecksumAlgorithm.Crc64Nvme => new ReflectedCrc<ulong>(CrcTables.Crc64Nvme),
        ChecksumAlgorithm.Sha1 => new DigestChecksum(HashAlgorithmName.SHA1),
        ChecksumAlgorithm.Sha256 => new DigestChecksum(HashAlgorithmName.SHA256),
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm)),
    };

    public static byte[] Compute(ChecksumAlgorithm algorithm, ReadOnlySpan<byte> data)
    {
        using var checksum = Start(algorithm);
        checksum.Append(data);
        return checksum.Finish();
    }
}
