using System.Numerics;

namespace Cleanroom.Server.S3.Payload;

/// <summary>Slice-by-8 lookup tables for reflected CRCs: table k advances the CRC over a byte followed by k zero bytes.</summary>
internal static class CrcTables
{
    public static T[] Reflected<T>(T polynomial)
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
