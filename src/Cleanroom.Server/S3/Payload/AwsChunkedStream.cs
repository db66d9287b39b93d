using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Cleanroom.Server.Auth;
using Cleanroom.Server.Hosting;

namespace Cleanroom.Server.S3.Payload;

/// <summary>
/// Decodes an <c>aws-chunked</c> body (<c>size[;chunk-signature=…]\r\n data \r\n … 0…\r\n trailers \r\n</c>) as it
/// streams. With a <see cref="SigningContext"/> every chunk signature is verified against the chain started by the
/// request's seed signature, and a trailer signature when trailers are signed. Data is handed on before its chunk's
/// signature is checked (chunks are not buffered); a failure throws, and the caller discards everything it wrote.
/// Reading to the end verifies that the decoded length is the declared one.
/// </summary>
internal sealed class AwsChunkedStream : RequestBodyStream
{
    private const int MaxLineLength = 4096;
    private const string SignaturePrefix = "chunk-signature=";
    private const string TrailerSignatureName = "x-amz-trailer-signature";

    private readonly Stream inner;
    private readonly SigningContext? signing;
    private readonly bool signedTrailer;
    private readonly long declaredLength;
    private readonly byte[] buffer = new byte[MaxLineLength * 2];
    private readonly List<KeyValuePair<string, string>> trailers = [];
    private readonly IncrementalHash? chunkHash;
    private string previousSignature;
    private string? chunkSignature;
    private int start;
    private int end;
    private long remainingInChunk;
    private long decoded;
    private bool finished;

    /// <param name="inner">The raw request body.</param>
    /// <param name="signing">Null for <c>STREAMING-UNSIGNED-PAYLOAD-TRAILER</c>; otherwise chunks are signed.</param>
    /// <param name="signedTrailer">True for <c>STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER</c>.</param>
    /// <param name="declaredLength">The <c>x-amz-decoded-content-length</c>.</param>
    public AwsChunkedStream(Stream inner, SigningContext? signing, bool signedTrailer, long declaredLength)
    {
        this.inner = inner;
        this.signing = signing;
        this.signedTrailer = signedTrailer;
        this.declaredLength = declaredLength;
        previousSignature = signing?.SeedSignature ?? string.Empty;
        chunkHash = signing is null ? null : IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    }

    /// <summary>The trailing headers (name lower-cased), complete once the stream has been read to its end.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Trailers => trailers;

    public override async ValueTask<int> ReadAsync(Memory<byte> destination, CancellationToken cancellationToken = default)
    {
        if (finished || destination.Length == 0)
        {
            return 0;
        }

        if (remainingInChunk == 0 && !await StartChunkAsync(cancellationToken))
        {
            return 0;
        }

        var wanted = (int)Math.Min(destination.Length, remainingInChunk);
        int read;
        if (end > start)
        {
            read = Math.Min(wanted, end - start);
            buffer.AsMemory(start, read).CopyTo(destination);
            start += read;
        }
        else
        {
            read = await inner.ReadAsync(destination[..wanted], cancellationToken);
            if (read == 0)
            {
                throw S3Errors.IncompleteBody();
            }
        }

        chunkHash?.AppendData(destination.Span[..read]);
        remainingInChunk -= read;
        decoded += read;
        if (decoded > declaredLength)
        {
            throw S3Errors.IncompleteBody();
        }

        if (remainingInChunk == 0)
        {
            await EndChunkAsync(cancellationToken);
        }

        return read;
    }

    /// <summary>Request bodies are read asynchronously only (Kestrel forbids synchronous reads).</summary>
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            chunkHash?.Dispose();
        }

        base.Dispose(disposing);
    }

    private static Wire.ApiException Malformed() => S3Errors.InvalidRequest("The aws-chunked request body is malformed.");

    /// <summary>Reads a chunk header; false when it was the final chunk (trailers read and verified).</summary>
    private async Task<bool> StartChunkAsync(CancellationToken cancellationToken)
    {
        var header = await ReadLineAsync(cancellationToken);
        var semicolon = header.IndexOf(';', StringComparison.Ordinal);
        var sizeText = semicolon < 0 ? header : header[..semicolon];
        if (sizeText.Length is 0 or > 15 || !long.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size))
        {
            throw Malformed();
        }

        if (signing is not null)
        {
            var extension = semicolon < 0 ? string.Empty : header[(semicolon + 1)..];
            if (!extension.StartsWith(SignaturePrefix, StringComparison.Ordinal) || extension.Length != SignaturePrefix.Length + 64)
            {
                throw S3Errors.SignatureDoesNotMatch();
            }

            chunkSignature = extension[SignaturePrefix.Length..];
        }

        if (size > 0)
        {
            remainingInChunk = size;
            return true;
        }

        VerifyChunkSignature();
        await ReadTrailersAsync(cancellationToken);
        if (decoded != declaredLength)
        {
            throw S3Errors.IncompleteBody();
        }

        finished = true;
        return false;
    }

    private async Task EndChunkAsync(CancellationToken cancellationToken)
    {
        if ((await ReadLineAsync(cancellationToken)).Length != 0)
        {
            throw Malformed();
        }

        VerifyChunkSignature();
    }

    private void VerifyChunkSignature()
    {
        if (signing is null || chunkHash is null)
        {
            return;
        }

        var expected = signing.ChunkSignatureOfHash(previousSignature, Convert.ToHexStringLower(chunkHash.GetHashAndReset()));
        if (chunkSignature is null || !SigV4.SignaturesEqual(expected, chunkSignature))
        {
            throw S3Errors.SignatureDoesNotMatch();
        }

        previousSignature = expected;
    }

    private async Task ReadTrailersAsync(CancellationToken cancellationToken)
    {
        string? trailerSignature = null;
        while (true)
        {
            var line = await ReadLineAsync(cancellationToken);
            if (line.Length == 0)
            {
                break;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || trailers.Count > 16)
            {
                throw Malformed();
            }

            var name = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (name == TrailerSignatureName)
            {
                trailerSignature = value;
            }
            else
            {
                trailers.Add(new(name, value));
            }
        }

        if (signing is not null && signedTrailer)
        {
            var canonical = string.Concat(trailers.Select(trailer => $"{trailer.Key}:{trailer.Value}\n"));
            var expected = signing.TrailerSignature(previousSignature, canonical);
            if (trailerSignature is null || !SigV4.SignaturesEqual(expected, trailerSignature))
            {
                throw S3Errors.SignatureDoesNotMatch();
            }
        }
    }

    /// <summary>One CRLF-terminated line (without the CRLF), read through the small buffer.</summary>
    private async Task<string> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var window = buffer.AsSpan(start, end - start);
            var crlf = window.IndexOf("\r\n"u8);
            if (crlf >= 0)
            {
                var line = Encoding.ASCII.GetString(window[..crlf]);
                start += crlf + 2;
                return line;
            }

            if (end - start >= MaxLineLength)
            {
                throw Malformed();
            }

            if (start > 0)
            {
                window.CopyTo(buffer);
                end -= start;
                start = 0;
            }

            var read = await inner.ReadAsync(buffer.AsMemory(end), cancellationToken);
            if (read == 0)
            {
                throw S3Errors.IncompleteBody();
            }

            end += read;
        }
    }
}
