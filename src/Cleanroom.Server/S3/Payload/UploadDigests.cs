using Microsoft.AspNetCore.Http;

namespace Cleanroom.Server.S3.Payload;

/// <summary>
/// What the client said the body's digests are: <c>Content-MD5</c>, and at most one flexible checksum, as a value
/// header (<c>x-amz-checksum-crc32</c>), as a trailer announced by <c>x-amz-trailer</c>, or only named
/// (<c>x-amz-sdk-checksum-algorithm</c>: the server computes and stores it).
/// </summary>
internal sealed record UploadDigests(byte[]? ContentMd5, ChecksumAlgorithm? Algorithm, byte[]? HeaderValue, string? TrailerName)
{
    /// <param name="required">An algorithm the server computes regardless (the one a multipart upload was created with).</param>
    public static UploadDigests FromHeaders(IHeaderDictionary headers, ChecksumAlgorithm? required)
    {
        var md5 = headers.ContentMD5.ToString() is { Length: > 0 } md5Text ? Decode(md5Text, 16) ?? throw S3Errors.InvalidDigest() : null;

        var valueHeaders = Checksums.All.Where(algorithm => headers.ContainsKey(Checksums.HeaderName(algorithm))).ToArray();
        var trailerName = headers["x-amz-trailer"].ToString().Trim().ToLowerInvariant();
        var trailerAlgorithm = trailerName.Length == 0 ? null : Checksums.FromHeader(trailerName);
        if (trailerName.Length > 0 && trailerAlgorithm is null)
        {
            throw S3Errors.InvalidRequest("The x-amz-trailer header names an unsupported trailer.");
        }

        if (valueHeaders.Length + (trailerAlgorithm is null ? 0 : 1) > 1)
        {
            throw S3Errors.InvalidRequest("Expecting a single x-amz-checksum- header. Multiple checksum Types are not allowed.");
        }

        ChecksumAlgorithm? algorithm = valueHeaders.Length == 1 ? valueHeaders[0] : trailerAlgorithm;
        byte[]? value = null;
        if (valueHeaders.Length == 1)
        {
            var name = Checksums.HeaderName(valueHeaders[0]);
            value = Decode(headers[name].ToString(), Checksums.Size(valueHeaders[0])) ?? throw S3Errors.InvalidRequest($"Value for {name} header is invalid.");
        }

        var named = headers["x-amz-sdk-checksum-algorithm"].ToString() is { Length: > 0 } sdkName
            ? Checksums.Parse(sdkName) ?? throw S3Errors.InvalidRequest("Value for x-amz-sdk-checksum-algorithm header is invalid.")
            : (ChecksumAlgorithm?)null;
        if (named is not null && algorithm is not null && named != algorithm)
        {
            throw S3Errors.InvalidRequest("Value for x-amz-sdk-checksum-algorithm header is invalid.");
        }

        algorithm ??= named;
        if (required is not null && algorithm is not null && algorithm != required)
        {
            throw S3Errors.InvalidRequest($"Checksum Type mismatch occurred, expected checksum Type: {Checksums.WireName(required.Value).ToLowerInvariant()}, actual checksum Type: {Checksums.WireName(algorithm.Value).ToLowerInvariant()}");
        }

        return new UploadDigests(md5, algorithm ?? required, value, trailerAlgorithm is null ? null : trailerName);
    }

    /// <summary>Compares what was received with what was declared; returns the checksum to store (if any).</summary>
    public byte[]? Verify(byte[] md5, byte[]? checksum, IReadOnlyList<KeyValuePair<string, string>> trailers)
    {
        if (ContentMd5 is not null && !ContentMd5.AsSpan().SequenceEqual(md5))
        {
            throw S3Errors.BadDigest("Content-MD5");
        }

        if (Algorithm is not { } algorithm || checksum is null)
        {
            return null;
        }

        var declared = HeaderValue;
        if (TrailerName is not null)
        {
            var trailer = trailers.FirstOrDefault(pair => pair.Key == TrailerName).Value
                ?? throw S3Errors.InvalidRequest($"The trailer {TrailerName} announced in x-amz-trailer was not sent.");
            declared = Decode(trailer, Checksums.Size(algorithm)) ?? throw S3Errors.InvalidRequest($"Value for {TrailerName} trailing header is invalid.");
        }

        if (declared is not null && !declared.AsSpan().SequenceEqual(checksum))
        {
            throw S3Errors.BadDigest(Checksums.WireName(algorithm));
        }

        return checksum;
    }

    private static byte[]? Decode(string base64, int size)
    {
        var buffer = new byte[size + 3];
        return Convert.TryFromBase64String(base64.Trim(), buffer, out var written) && written == size ? buffer[..size] : null;
    }
}
