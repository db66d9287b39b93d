using System.Buffers.Binary;
using System.Numerics;

namespace Cleanroom.Server.S3.Payload;

/// <summary>
/// A reflected CRC (all ones in, all ones out) of 32 or 64 bits, slicing by 8 bytes: each step folds the running CRC
/// into the next eight bytes and looks every byte up in its own table (<see cref="CrcTables"/>).
/// </summary>
internal sealed class ReflectedCrc<T>(T[] table) : RunningChecksum
    where T : IBinaryInteger<T>, IUnsignedNumber<T>
{
    private T crc = T.AllBitsSet;

    public override void Append(ReadOnlySpan<byte> data)
    {
        var tables = table.AsSpan();
        var value = crc;
        while (data.Length >= 8)
        {
            var word = BinaryPrimitives.ReadUInt64LittleEndian(data) ^ ulong.CreateTruncating(value);
            value = tables[(7 * 256) + (int)(word & 0xFF)] ^ tables[(6 * 256) + (int)((word >> 8) & 0xFF)]
                ^ tables[(5 * 256) + (int)((word >> 16) & 0xFF)] ^ tables[(4 * 256) + (int)((word >> 24) & 0xFF)]
                ^ tables[(3 * 256) + (int)((word >> 32) & 0xFF)] ^ tables[(2 * 256) + (int)((word >> 40) & 0xFF)]
                ^ tables[256 + (int)((word >> 48) & 0xFF)] ^ tables[(int)(word >> 56)];
            data = data[8..];
        }

        foreach (var b in data)
        {
            value = tables[int.CreateTruncating(value & T.CreateTruncating(0xFF)) ^ b] ^ (value >> 8);
        }

        crc = value;
    }

    public override byte[] Finish()
    {
        var result = new byte[(~crc).GetByteCount()];
        (~crc).WriteBigEndian(result);
        crc = T.AllBitsSet;
        return result;
    }
}
