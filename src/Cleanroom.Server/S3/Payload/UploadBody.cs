using System.Globalization;
using Cleanroom.Server.Auth;
using Microsoft.AspNetCore.Http;

namespace Cleanroom.Server.S3.Payload;

/// <summary>
/// The body of a request that carries data, in the payload mode the client chose: a plain body (its declared
/// SHA-256 already verified as it is read, or <c>UNSIGNED-PAYLOAD</c>), or <c>aws-chunked</c> with signed or
/// unsigned chunks and optional trailing checksums. <see cref="Length"/> is the decoded length the client declared.
/// </summary>
internal sealed class UploadBody
{
    private readonly AwsChunkedStream? chunked;

    private UploadBody(Stream stream, long length, AwsChunkedStream? chunked)
    {
        Stream = stream;
        Length = length;
        this.chunked = chunked;
    }

    public Stream Stream { get; }

    public long Length { get; }

    /// <summary>Trailing headers of an aws-chunked body, available once it has been read to the end.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Trailers => chunked?.Trailers ?? [];

    public static UploadBody Open(S3Request request)
    {
        var http = request.Http.Request;
        var signing = request.Caller.Signing;
        var mode = signing.PayloadHash;
        if (mode.StartsWith("STREAMING-", StringComparison.Ordinal))
        {
            var signed = mode is SigningContext.StreamingSignedPayload or SigningContext.StreamingSignedPayloadTrailer;
            if (!signed && mode != SigningContext.StreamingUnsignedPayloadTrailer)
            {
                throw S3Errors.NotImplemented($"The payload mode {mode}");
            }

            var decoded = DeclaredLength(http.Headers["x-amz-decoded-content-length"]);
            var stream = new AwsChunkedStream(http.Body, signed ? signing : null, mode == SigningContext.StreamingSignedPayloadTrailer, decoded);
            return new UploadBody(stream, decoded, stream);
        }

        var length = http.ContentLength ?? (http.Headers.TransferEncoding.Count == 0 ? 0 : throw S3Errors.MissingContentLength());
        return new UploadBody(http.Body, length, null);
    }

    /// <summary>Reads a small body (an XML document) whole; larger than <paramref name="limit"/> is refused before reading.</summary>
    public static async Task<byte[]> ReadSmallAsync(S3Request request, int limit)
    {
        var body = Open(request);
        if (body.Length > limit)
        {
            throw S3Errors.EntityTooLarge();
        }

        var digests = UploadDigests.FromHeaders(request.Http.Request.Headers, null);
        var bytes = new byte[body.Length];
        await body.Stream.ReadExactlyAsync(bytes, request.Http.RequestAborted);
        if (await body.Stream.ReadAsync(new byte[1], request.Http.RequestAborted) != 0)
        {
            throw S3Errors.IncompleteBody();
        }

        digests.Verify(System.Security.Cryptography.MD5.HashData(bytes), digests.Algorithm is { } algorithm ? Checksums.Compute(algorithm, bytes) : null, body.Trailers);
        return bytes;
    }

    private static long DeclaredLength(string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var length) ? length : throw S3Errors.MissingContentLength();
}
