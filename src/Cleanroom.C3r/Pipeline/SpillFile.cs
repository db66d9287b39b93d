using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Cleanroom.C3r;

/// <summary>
/// A temporary run of length-prefixed records, encrypted in blocks with a key that exists only in this process's
/// memory: a file left behind by a crash reveals neither the rows nor their order. Deleted on dispose.
/// </summary>
internal sealed class SpillFile : IDisposable
{
    private const int BlockSize = 64 * 1024;

    private readonly AesGcm _aes;
    private readonly uint _fileId;
    private readonly FileStream _stream;
    private readonly byte[] _block = ArrayPool<byte>.Shared.Rent(BlockSize);
    private readonly byte[] _sealed = ArrayPool<byte>.Shared.Rent(BlockSize + 4 + CellFormat.TagLength);
    private int _blockLength;
    private bool _disposed;
    private ulong _blockCounter;

    public SpillFile(string directory, AesGcm aes, uint fileId)
    {
        _aes = aes;
        _fileId = fileId;
        Path = System.IO.Path.Combine(directory, $"c3r-shuffle-{Guid.NewGuid():N}.tmp");
        _stream = OwnerOnly.Create(Path, FileOptions.DeleteOnClose | FileOptions.SequentialScan, FileShare.Read);
    }

    public string Path { get; }

    /// <summary>Record bytes written (without framing).</summary>
    public long RecordBytes { get; private set; }

    public long RecordCount { get; private set; }

    public void Add(ReadOnlySpan<byte> record)
    {
        if (_blockLength + 4 + record.Length > BlockSize)
        {
            FlushBlock();
        }

        if (4 + record.Length > BlockSize)
        {
            // A record larger than a block goes in a block of its own.
            WriteBlock([.. BitConverter.GetBytes(record.Length), .. record]);
        }
        else
        {
            BinaryPrimitives.WriteInt32LittleEndian(_block.AsSpan(_blockLength), record.Length);
            record.CopyTo(_block.AsSpan(_blockLength + 4));
            _blockLength += 4 + record.Length;
        }

        RecordBytes += record.Length;
        RecordCount++;
    }

    /// <summary>
    /// Reads every record back, in write order, decrypting with <paramref name="key"/>: an instance of the same key
    /// owned by the reading thread, as an <see cref="AesGcm"/> is not safe to share between threads.
    /// </summary>
    public IEnumerable<ReadOnlyMemory<byte>> Records(AesGcm key)
    {
        Flush();
        _stream.Position = 0;
        var header = new byte[4];
        var counter = 0UL;
        var plain = _block;
        var cipher = _sealed;
        while (_stream.Position < _stream.Length)
        {
            _stream.ReadExactly(header);
            var length = BinaryPrimitives.ReadInt32LittleEndian(header);
            if (cipher.Length < length + CellFormat.TagLength)
            {
                cipher = new byte[length + CellFormat.TagLength];
                plain = new byte[length];
            }

            _stream.ReadExactly(cipher.AsSpan(0, length + CellFormat.TagLength));
            key.Decrypt(Nonce(counter++), cipher.AsSpan(0, length), cipher.AsSpan(length, CellFormat.TagLength), plain.AsSpan(0, length));
            var offset = 0;
            while (offset < length)
            {
                var recordLength = BinaryPrimitives.ReadInt32LittleEndian(plain.AsSpan(offset));
                yield return plain.AsMemory(offset + 4, recordLength);
                offset += 4 + recordLength;
            }
        }
    }

    /// <summary>
    /// Encrypts and writes the last partial block with the writing key. Call it on the writing thread before another
    /// thread reads the records back.
    /// </summary>
    public void Flush()
    {
        FlushBlock();
        _stream.Flush();
    }

    public void Dispose()
    {
        // Buffers go back to the shared pool exactly once.
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _stream.Dispose();
        ArrayPool<byte>.Shared.Return(_block);
        ArrayPool<byte>.Shared.Return(_sealed);
    }

    private void FlushBlock()
    {
        if (_blockLength > 0)
        {
            WriteBlock(_block.AsSpan(0, _blockLength));
            _blockLength = 0;
        }
    }

    private void WriteBlock(ReadOnlySpan<byte> plain)
    {
        var output = plain.Length + 4 + CellFormat.TagLength <= _sealed.Length ? _sealed : new byte[plain.Length + 4 + CellFormat.TagLength];
        BinaryPrimitives.WriteInt32LittleEndian(output, plain.Length);
        _aes.Encrypt(Nonce(_blockCounter++), plain, output.AsSpan(4, plain.Length), output.AsSpan(4 + plain.Length, CellFormat.TagLength));
        _stream.Write(output, 0, plain.Length + 4 + CellFormat.TagLength);
    }

    /// <summary>Unique per file and block under the shared ephemeral key.</summary>
    private byte[] Nonce(ulong counter)
    {
        var nonce = new byte[CellFormat.IvLength];
        BinaryPrimitives.WriteUInt32LittleEndian(nonce, _fileId);
        BinaryPrimitives.WriteUInt64LittleEndian(nonce.AsSpan(4), counter);
        return nonce;
    }
}
