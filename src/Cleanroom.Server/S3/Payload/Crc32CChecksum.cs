using System.Buffers.Binary;
using System.Numerics;

namespace Cleanroom.Server.S3.Payload;

/// <summary>CRC-32C (Castagnoli); <see cref="BitOperations.Crc32C(uint, ulong)"/> uses the CPU's CRC instruction where there is one.</summary>
internal sealed class Crc32CChecksum : RunningChecksum
{
    private uint crc = uint.MaxValue;

    public override void Append(ReadOnlySpan<byte> data)
    {
        var value = crc;
        while (data.Length >= 8)
        {
            value = BitOperations.Crc32C(value, BinaryPrimitives.ReadUInt64LittleEndian(data));
            data = data[8..];
        }

        foreach (var b in data)
        {
            value = BitOperations.Crc32C(value, b);
        }

        crc = value;
    }

    public override byte[] Finish()
    {
        var result = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(result, ~crc);
        crc = uint.MaxValue;
        return result;
    }
}
