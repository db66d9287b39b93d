using System.Buffers.Text;
using System.Security.Cryptography;

namespace Cleanroom.C3r;

/// <summary>
/// Decrypts sealed cells (spec 5.3). The IV is read from the cell, so no column name is needed. Keeps the last
/// row key, since all sealed cells of a row share a nonce. One instance per worker; not thread-safe.
/// </summary>
internal sealed class CellOpener : IDisposable
{
    private readonly byte[] _rootKey;
    private readonly byte[] _lastNonce = new byte[CellFormat.NonceLength];
    private readonly IncrementalHash _sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private byte[] _body = new byte[1024];
    private AesGcm? _aes;

    public CellOpener(byte[] rootKey) => _rootKey = rootKey;

    /// <summary>
    /// Decrypts the ASCII cell and returns the encoded value E (info byte + body) as a view of <paramref name="scratch"/>,
    /// growing it when needed.
    /// </summary>
    public ReadOnlySpan<byte> Open(ReadOnlySpan<byte> cell, ref byte[] scratch)
    {
        if (!cell.StartsWith(CellFormat.Version))
        {
            throw new C3rException("Ciphertext version mismatch: only version 02 sealed values can be decrypted.");
        }

        var encoded = cell[CellFormat.SealedPrefix.Length..];
        var maxBody = Base64.GetMaxDecodedFromUtf8Length(encoded.Length);
        if (_body.Length < maxBody)
        {
            _body = new byte[maxBody * 2];
        }

        if (Base64.DecodeFromUtf8(encoded, _body, out var consumed, out var bodyLength) != System.Buffers.OperationStatus.Done
            || consumed != encoded.Length
            || bodyLength < CellFormat.NonceLength + CellFormat.IvLength + CellFormat.TagLength + 2)
        {
            throw new C3rException("Failed to decrypt: the sealed value is malformed.");
        }

        var body = _body.AsSpan(0, bodyLength);
        var nonce = body[..CellFormat.NonceLength];
        if (_aes is null || !nonce.SequenceEqual(_lastNonce))
        {
            Span<byte> rowKey = stackalloc byte[32];
            _sha.AppendData(_rootKey);
            _sha.AppendData(nonce);
            _sha.GetHashAndReset(rowKey);
            _aes?.Dispose();
            _aes = new AesGcm(rowKey, CellFormat.TagLength);
            nonce.CopyTo(_lastNonce);
        }

        var iv = body.Slice(CellFormat.NonceLength, CellFormat.IvLength);
        var cipherLength = bodyLength - CellFormat.NonceLength - CellFormat.IvLength - CellFormat.TagLength;
        var cipher = body.Slice(CellFormat.NonceLength + CellFormat.IvLength, cipherLength);
        var tag = body[^CellFormat.TagLength..];
        if (scratch.Length < cipherLength)
        {
            scratch = new byte[cipherLength * 2];
        }

        var plain = scratch.AsSpan(0, cipherLength);
        try
        {
            _aes.Decrypt(iv, cipher, tag, plain, CellFormat.SealedPrefix);
        }
        catch (AuthenticationTagMismatchException)
        {
            throw new C3rException("Failed to decrypt.");
        }

        // The last two bytes give the pad length as a signed 16-bit big-endian number.
        var padLength = (short)((plain[^2] << 8) | plain[^1]);
        var encodedLength = cipherLength - 2 - padLength;
        if (padLength < 0 || encodedLength < 1)
        {
            throw new C3rException("Failed to decrypt: the padding of a sealed value is malformed.");
        }

        return plain[..encodedLength];
    }

    public void Dispose()
    {
        _aes?.Dispose();
        _sha.Dispose();
    }
}
