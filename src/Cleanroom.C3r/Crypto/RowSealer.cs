using System.Buffers.Text;
using System.Security.Cryptography;

namespace Cleanroom.C3r;

/// <summary>
/// Seals the cells of one row (spec 5.2): one AES-256-GCM key per row nonce, one IV per target column.
/// One instance per worker; not thread-safe.
/// </summary>
internal sealed class RowSealer : IDisposable
{
    private readonly byte[] _nonce = new byte[CellFormat.NonceLength];
    private readonly byte[] _rowKey = new byte[32];

    // Hash inputs are assembled in one buffer and appended in one call: each call into the native hash has a
    // fixed cost that is large beside hashing a few dozen bytes.
    private readonly byte[] _rowKeyInput = new byte[32 + CellFormat.NonceLength];
    private byte[] _ivInput = new byte[64 + CellFormat.NonceLength];

    // Reused: a one-shot SHA256.HashData costs noticeably more per call than resetting a live hash.
    private readonly IncrementalHash _sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private byte[] _body = new byte[1024];
    private AesGcm? _aes;

    public RowSealer(byte[] rootKey) => rootKey.CopyTo(_rowKeyInput, 0);

    public void BeginRow(ReadOnlySpan<byte> nonce)
    {
        nonce.CopyTo(_nonce);
        nonce.CopyTo(_rowKeyInput.AsSpan(32));
        _sha.AppendData(_rowKeyInput);
        _sha.GetHashAndReset(_rowKey);
        _aes?.Dispose();
        _aes = new AesGcm(_rowKey, CellFormat.TagLength);
    }

    /// <summary>
    /// Encrypts a padded plaintext for the column whose UTF-8 name is given; writes the ASCII cell and returns its length.
    /// </summary>
    public int Seal(ReadOnlySpan<byte> columnName, ReadOnlySpan<byte> padded, Span<byte> destination)
    {
        var bodyLength = CellFormat.NonceLength + CellFormat.IvLength + padded.Length + CellFormat.TagLength;
        if (_body.Length < bodyLength)
        {
            _body = new byte[bodyLength * 2];
        }

        var body = _body.AsSpan(0, bodyLength);
        _nonce.CopyTo(body);
        // IV = first 12 bytes of SHA-256(column name || nonce).
        var iv = body.Slice(CellFormat.NonceLength, CellFormat.IvLength);
        Span<byte> digest = stackalloc byte[32];
        var ivInputLength = columnName.Length + CellFormat.NonceLength;
        if (_ivInput.Length < ivInputLength)
        {
            _ivInput = new byte[ivInputLength];
        }

        columnName.CopyTo(_ivInput);
        _nonce.CopyTo(_ivInput, columnName.Length);
        _sha.AppendData(_ivInput.AsSpan(0, ivInputLength));
        _sha.GetHashAndReset(digest);
        digest[..CellFormat.IvLength].CopyTo(iv);
        var cipher = body.Slice(CellFormat.NonceLength + CellFormat.IvLength, padded.Length);
        var tag = body[^CellFormat.TagLength..];
        _aes!.Encrypt(iv, padded, cipher, tag, CellFormat.SealedPrefix);

        CellFormat.SealedPrefix.CopyTo(destination);
        Base64.EncodeToUtf8(body, destination[CellFormat.SealedPrefix.Length..], out _, out var written);
        return CellFormat.SealedPrefix.Length + written;
    }

    public void Dispose()
    {
        _aes?.Dispose();
        _sha.Dispose();
        CryptographicOperations.ZeroMemory(_rowKeyInput);
        CryptographicOperations.ZeroMemory(_rowKey);
    }
}
