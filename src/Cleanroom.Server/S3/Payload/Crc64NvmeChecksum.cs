using System.Buffers.Binary;

namespace Cleanroom.Server.S3.Payload;

/// <summary>CRC-64/NVME (the checksum S3 defaults to for new objects), slicing by 8 bytes.</summary>
internal sealed class Crc64NvmeChecksum : RunningChecksum
{
    private static readonly ulong[] Table = CrcTables.Reflected(0x9A6C9329AC4BC9B5ul);
    private ulong crc = ulong.MaxValue;

    public override void Append(ReadOnlySpan<byte> data)
    {
        var table = Table.AsSpan();
        var value = crc;
        while (data.Length >= 8)
        {
            var word = BinaryPrimitives.ReadUInt64LittleEndian(data) ^ value;
            value = table[(7 * 256) + (int)(word & 0xFF)] ^ table[(6 * 256) + (int)((word >> 8) & 0xFF)]
                ^ table[(5 * 256) + (int)((word >> 16) & 0xFF)] ^ table[(4 * 256) + (int)((word >> 24) & 0xFF)]
                ^ table[(3 * 256) + (int)((word >> 32) & 0xFF)] ^ table[(2 * 256) + (int)((word >> 40) & 0xFF)]
                ^ table[256 + (int)((word >> 48) & 0xFF)] ^ table[(int)(word >> 56)];
            data = data[8..];
        }

        foreach (var b in data)
        {
            value = table[(int)((value ^ b) & 0xFF)] ^ (value >> 8);
        }

        crc = value;
    }

    public override byte[] Finish()
    {
        var result = new byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(result, ~crc);
        crc = ulong.MaxValue;
        return result;
    }
}
