using Cleanroom.Server.S3.Payload;

namespace Cleanroom.Server.S3;

/// <summary>
/// An object's flexible checksum as S3 returns it: base64, with a <c>-N</c> suffix when it is COMPOSITE (the
/// checksum of the N part checksums) rather than FULL_OBJECT.
/// </summary>
internal sealed record StoredChecksum(ChecksumAlgorithm Algorithm, string Value, string Type)
{
    public const string FullObject = "FULL_OBJECT";
    public const string Composite = "COMPOSITE";

    public static StoredChecksum? Full(ChecksumAlgorithm? algorithm, byte[]? value) =>
        algorithm is { } known && value is not null ? new StoredChecksum(known, Convert.ToBase64String(value), FullObject) : null;

    public static StoredChecksum? Read(string? algorithm, string? value, string? type) =>
        Checksums.Parse(algorithm) is { } known && value is not null ? new StoredChecksum(known, value, type ?? FullObject) : null;

    public void WriteTo(Microsoft.AspNetCore.Http.IHeaderDictionary headers)
    {
        headers[Checksums.HeaderName(Algorithm)] = Value;
        headers["x-amz-checksum-type"] = Type;
    }
}
