using System.Security.Cryptography;
using Cleanroom.Server.Hosting;
using Cleanroom.Server.Wire;

namespace Cleanroom.Server.Auth;

/// <summary>
/// Wraps a streamed S3 body whose SHA-256 was declared in <c>x-amz-content-sha256</c>; when the last byte has
/// been read it compares the computed hash and throws <c>XAmzContentSHA256Mismatch</c> on a difference, so a
/// handler that streams to a temporary file learns of tampering before it commits anything.
/// </summary>
internal sealed class PayloadHashStream(Stream inner, string expectedHash) : RequestBodyStream
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private bool verified;

    public override int Read(byte[] buffer, int offset, int count) => Observe(buffer.AsSpan(offset), inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        return Observe(buffer.Span, read);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            hash.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Observe(Span<byte> buffer, int read)
    {
        if (read > 0)
        {
            hash.AppendData(buffer[..read]);
        }
        else if (!verified)
        {
            verified = true;
            if (!string.Equals(Convert.ToHexStringLower(hash.GetHashAndReset()), expectedHash, StringComparison.OrdinalIgnoreCase))
            {
                throw AuthErrors.For(WireProtocol.S3Xml, AuthFailure.ContentHashMismatch);
            }
        }

        return read;
    }
}
