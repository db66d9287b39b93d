using System.Buffers.Text;
using System.Security.Cryptography;

namespace Cleanroom.C3r;

/// <summary>
/// HMAC-SHA256 fingerprints of one column (spec 6). Keeps a keyed HMAC so each cell costs one hash, not a key
/// derivation. One instance per worker and column; not thread-safe.
/// </summary>
internal sealed class Fingerprinter : IDisposable
{
    private readonly IncrementalHash _hmac;

    public Fingerprinter(byte[] key) => _hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);

    public void Digest(ReadOnlySpan<byte> message, Span<byte> digest)
    {
        _hmac.AppendData(message);
        _hmac.GetHashAndReset(digest);
    }

    /// <summary>Writes "02:hmac:" + Base64(digest) (always 52 ASCII characters) and returns the length.</summary>
    public static int WriteCell(ReadOnlySpan<byte> digest, Span<byte> destination)
    {
        CellFormat.FingerprintPrefix.CopyTo(destination);
        Base64.EncodeToUtf8(digest, destination[CellFormat.FingerprintPrefix.Length..], out _, out var written);
        return CellFormat.FingerprintPrefix.Length + written;
    }

    public void Dispose() => _hmac.Dispose();
}
