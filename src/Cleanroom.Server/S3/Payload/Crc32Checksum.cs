using System.Buffers.Binary;

namespace Cleanroom.Server.S3.Payload;

/// <summary>CRC-32 (ISO-HDLC, the zlib CRC; botocore's default), slicing by 8 bytes.</summary>
internal sealed class Crc32Checksum : RunningChecksum
{
    private static readonly uint[] Table = CrcTables.Reflected(0xEDB88320u);
    private uint crc = uint.MaxValue;

    public override void Append(ReadOnlySpan<byte> data)
    {
        var table = Table.AsSpan();
        var value = crc;
        while (data.Length >= 8)
        {
            var low = BinaryPrimitives.ReadUInt32LittleEndian(data) ^ value;
            var high = BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
            value = table[(7 * 256) + (int)(low & 0xFF)] ^ table[(6 * 256) + (int)((low >> 8) & 0xFF)]
                ^ table[(5 * 256) + (int)((low >> 16) & 0xFF)] ^ table[(4 * 256) + (int)(low >> 24)]
                ^ table[(3 * 256) + (int)(high & 0xFF)] ^ table[(2 * 256) + (int)((high >> 8) & 0xFF)]
                ^ table[256 + (int)((high >> 16) & 0xFF)] ^ table[(int)(high >> 24)];
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
        var result = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(result, ~crc);
        crc = uint.MaxValue;
        return result;
    }
}
