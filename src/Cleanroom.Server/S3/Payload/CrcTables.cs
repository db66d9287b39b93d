using System.Numerics;

namespace Cleanroom.Server.S3.Payload;

/// <summary>Slice-by-8 lookup tables for reflected CRCs: table k advances the CRC over a byte followed by k zero bytes.</summary>
internal static class CrcTables
{
    /// <summary>CRC-32 (ISO-HDLC, the zlib CRC; botocore's default).</summary>
    public static readonly uint[] Crc32 = Reflected(0xEDB88320u);

    /// <summary>CRC-64/NVME (the checksum S3 defaults to for new objects).</summary>
    public static readonly ulong[] Crc64Nvme = Reflected(0x9A6C9329AC4BC9B5ul);

    private static T[] Reflected<T>(T polynomial)
        where T : IBinaryInteger<T>, IUnsignedNumber<T>
    {
        var table = new T[8 * 256];
        var lowByte = T.CreateTruncating(0xFF);
        for (var i = 0; i < 256; i++)
        {
            var crc = T.CreateTruncating(i);
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & T.One) != T.Zero ? (crc >> 1) ^ polynomial : crc >> 1;
            }

            table[i] = crc;
        }

        for (var slice = 1; slice < 8; slice++)
        {
            for (var i = 0; i < 256; i++)
            {
                var previous = table[((slice - 1) * 256) + i];
                table[(slice * 256) + i] = (previous >> 8) ^ table[int.CreateTruncating(previous & lowByte)];
            }
        }

        return table;
    }
}
