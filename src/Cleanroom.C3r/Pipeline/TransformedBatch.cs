using System.Buffers;

namespace Cleanroom.C3r;

/// <summary>
/// A batch of output rows, serialised by a <see cref="RecordFormat"/>, plus what the in-order stage needs:
/// fingerprint digests for duplicate detection and NULL counts for the single-NULL rule.
/// </summary>
internal sealed class TransformedBatch
{
    public ArrayBufferWriter<byte> Bytes { get; } = new(256 * 1024);

    public List<int> RowEnds { get; } = new(TableReader.BatchRows);

    /// <summary>Per fingerprint column, the digests of non-NULL values (32 bytes each), when duplicates are checked.</summary>
    public List<byte[]> Digests { get; } = [];

    /// <summary>Per fingerprint column, the NULL inputs of this batch and the row of the first one.</summary>
    public List<(int Count, long FirstRow)> Nulls { get; } = [];

    public long FirstRow { get; set; }

    public int RowCount { get; set; }

    public double InputFraction { get; set; }

    /// <summary>Decryption only: a fingerprint cell was passed through.</summary>
    public bool FingerprintSeen { get; set; }

    public void Reset(int fingerprintColumns)
    {
        Bytes.ResetWrittenCount();
        RowEnds.Clear();
        Nulls.Clear();
        FingerprintSeen = false;
        while (Digests.Count < fingerprintColumns)
        {
            Digests.Add([]);
        }

        DigestCounts = new int[fingerprintColumns];
        for (var i = 0; i < fingerprintColumns; i++)
        {
            Nulls.Add((0, 0));
        }
    }

    public int[] DigestCounts { get; private set; } = [];

    public void AddDigest(int fingerprintColumn, ReadOnlySpan<byte> digest)
    {
        var buffer = Digests[fingerprintColumn];
        var count = DigestCounts[fingerprintColumn];
        if (buffer.Length < (count + 1) * CellFormat.HmacLength)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, TableReader.BatchRows * CellFormat.HmacLength));
            Digests[fingerprintColumn] = buffer;
        }

        digest.CopyTo(buffer.AsSpan(count * CellFormat.HmacLength));
        DigestCounts[fingerprintColumn] = count + 1;
    }

    public void AddNull(int fingerprintColumn, long row)
    {
        var (count, first) = Nulls[fingerprintColumn];
        Nulls[fingerprintColumn] = (count + 1, count == 0 ? row : first);
    }

    public ReadOnlySpan<byte> Row(int index) =>
        Bytes.WrittenSpan[(index == 0 ? 0 : RowEnds[index - 1])..RowEnds[index]];
}
