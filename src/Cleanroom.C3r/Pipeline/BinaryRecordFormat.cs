using System.Buffers;
using System.Buffers.Binary;

namespace Cleanroom.C3r;

/// <summary>
/// Rows as a flag byte and length-prefixed bytes per cell, for outputs (Parquet) that are rebuilt column by column.
/// </summary>
internal sealed class BinaryRecordFormat : RecordFormat
{
    public const byte NullFlag = 0;
    public const byte ValueFlag = 1;
    public const byte EncryptedFlag = 2;

    public override void Null(IBufferWriter<byte> output, int column)
    {
        output.GetSpan(1)[0] = NullFlag;
        output.Advance(1);
    }

    public override void Value(IBufferWriter<byte> output, int column, ReadOnlySpan<byte> value, bool encrypted)
    {
        var span = output.GetSpan(5 + value.Length);
        span[0] = encrypted ? EncryptedFlag : ValueFlag;
        BinaryPrimitives.WriteInt32LittleEndian(span[1..], value.Length);
        value.CopyTo(span[5..]);
        output.Advance(5 + value.Length);
    }

    public override void EndRow(IBufferWriter<byte> output)
    {
    }

    /// <summary>Splits a record back into cells: (flag, bytes) per column.</summary>
    public static void Read(ReadOnlySpan<byte> record, Span<(byte Flag, int Start, int Length)> cells)
    {
        var offset = 0;
        for (var i = 0; i < cells.Length; i++)
        {
            var flag = record[offset];
            if (flag == NullFlag)
            {
                cells[i] = (flag, offset + 1, 0);
                offset++;
                continue;
            }

            var length = BinaryPrimitives.ReadInt32LittleEndian(record[(offset + 1)..]);
            cells[i] = (flag, offset + 5, length);
            offset += 5 + length;
        }
    }
}
