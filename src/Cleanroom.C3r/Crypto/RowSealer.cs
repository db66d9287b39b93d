using System.Buffers.Text;
using System.Security.Cryptography;

namespace Cleanroom.C3r;

/// <summary>
/// Seals the cells of one row (spec 5.2): one AES-256-GCM key per row nonce, one IV per target column.
/// One instance per worker; not thread-safe.
/// </summary>
internal sealed class RowSealer : IDisposable
{
    private readonly byte[] _rootKey;
    private readonly byte[] _nonce = new byte[CellFormat.NonceLength];
    private readonly byte[] _rowKey = new byte[32];
    private byte[] _body = new byte[1024];
    private AesGcm? _aes;

    public RowSealer(byte[] rootKey) => _rootKey = rootKey;

    public void BeginRow(ReadOnlySpan<byte> nonce)
    {
        nonce.CopyTo(_nonce);
        Span<byte> keyInput = stackalloc byte[64];
        _rootKey.CopyTo(keyInput);
        nonce.CopyTo(keyInput[32..]);
        SHA256.HashData(keyInput, _rowKey);
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
        var iv = body.Slice(CellFormat.NonceLength, CellFormat.IvLength);
        DeriveIv(columnName, _nonce, iv);
        var cipher = body.Slice(CellFormat.NonceLength + CellFormat.IvLength, padded.Length);
        var tag = body[^CellFormat.TagLength..];
        _aes!.Encrypt(iv, padded, cipher, tag, CellFormat.SealedPrefix);

        CellFormat.SealedPrefix.CopyTo(destination);
        Base64.EncodeToUtf8(body, destination[CellFormat.SealedPrefix.Length..], out _, out var written);
        return CellFormat.SealedPrefix.Length + written;
    }

    public void Dispose() => _aes?.Dispose();

    /// <summary>IV = first 12 bytes of SHA-256(column name || nonce).</summary>
    public static void DeriveIv(ReadOnlySpan<byte> columnName, ReadOnlySpan<byte> nonce, Span<byte> iv)
    {
        var length = columnName.Length + nonce.Length;
        Span<byte> input = length <= 512 ? stackalloc byte[length] : new byte[length];
        columnName.CopyTo(input);
        nonce.CopyTo(input[columnName.Length..]);
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(input, digest);
        digest[..CellFormat.IvLength].CopyTo(iv);
    }
}
