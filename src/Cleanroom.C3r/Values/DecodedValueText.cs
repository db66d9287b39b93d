using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Cleanroom.C3r;

/// <summary>How decrypted typed values are written as CSV text (spec 14).</summary>
internal static class DecodedValueText
{
    private static readonly DateTime Epoch = new(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Text of a non-NULL value body of the given type.</summary>
    public static string Format(ClientDataType type, ReadOnlySpan<byte> body) => type switch
    {
        ClientDataType.String or ClientDataType.Char => Encoding.UTF8.GetString(body),
        ClientDataType.Varchar => Encoding.UTF8.GetString(body[4..]),
        ClientDataType.BigInt or ClientDataType.Int or ClientDataType.SmallInt =>
            ValueEncoding.ReadIntegral(type, body).ToString(CultureInfo.InvariantCulture),
        ClientDataType.Boolean => body[0] != 0 ? "true" : "false",
        ClientDataType.Date => DateOnly.FromDayNumber(DateOnly.FromDateTime(Epoch).DayNumber + BinaryPrimitives.ReadInt32BigEndian(body))
            .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ClientDataType.Decimal => Encoding.UTF8.GetString(body[8..]),
        ClientDataType.Double => JavaFloatingText(BinaryPrimitives.ReadDoubleBigEndian(body), false),
        ClientDataType.Float => JavaFloatingText(BinaryPrimitives.ReadSingleBigEndian(body), true),
        ClientDataType.Timestamp => Timestamp(body),
        _ => throw new C3rException($"A sealed value has the unsupported type {ValueEncoding.TypeName(type)}."),
    };

    /// <summary>Java's Double.toString/Float.toString layout: plain in [1e-3, 1e7), otherwise d.dddE±n.</summary>
    public static string JavaFloatingText(double value, bool single)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return double.IsNegative(value) ? "-0.0" : "0.0";
        }

        // Shortest round-trip digits, re-laid out the way Java prints them.
        var text = single ? ((float)value).ToString("R", CultureInfo.InvariantCulture) : value.ToString("R", CultureInfo.InvariantCulture);
        var sign = text.StartsWith('-') ? "-" : string.Empty;
        text = text.TrimStart('-');
        var e = text.IndexOfAny(['E', 'e']);
        var exponent = e < 0 ? 0 : int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = e < 0 ? text : text[..e];
        var dot = mantissa.IndexOf('.');
        var digits = dot < 0 ? mantissa : mantissa.Remove(dot, 1);
        var point = (dot < 0 ? mantissa.Length : dot) + exponent;
        var leading = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        point -= leading;
        var magnitude = Math.Abs(value);
        if (magnitude >= 1e-3 && magnitude < 1e7)
        {
            return sign + (point <= 0
                ? "0." + new string('0', -point) + digits
                : point >= digits.Length
                    ? digits + new string('0', point - digits.Length) + ".0"
                    : digits[..point] + "." + digits[point..]);
        }

        return $"{sign}{digits[0]}.{(digits.Length > 1 ? digits[1..] : "0")}E{point - 1}";
    }

    private static string Timestamp(ReadOnlySpan<byte> body)
    {
        var unit = BinaryPrimitives.ReadInt32BigEndian(body[1..]);
        var value = BinaryPrimitives.ReadInt64BigEndian(body[5..]);
        var ticks = unit switch
        {
            0 => value * TimeSpan.TicksPerMillisecond,
            1 => value * 10,
            2 => value / 100,
            _ => throw new C3rException("A sealed timestamp has an unknown time unit."),
        };
        var instant = Epoch.AddTicks(ticks);

        // Rendered as the stored wall-clock value (UTC), independent of the machine's time zone.
        return instant.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture);
    }

    /// <summary>DECIMAL body: precision, scale, then the plain decimal text.</summary>
    public static byte[] DecimalBody(BigInteger unscaled, int precision, int scale)
    {
        var digits = BigInteger.Abs(unscaled).ToString(CultureInfo.InvariantCulture);
        string plain;
        if (scale <= 0)
        {
            plain = digits + new string('0', -scale);
        }
        else
        {
            digits = digits.PadLeft(scale + 1, '0');
            plain = digits[..^scale] + "." + digits[^scale..];
        }

        if (unscaled.Sign < 0)
        {
            plain = "-" + plain;
        }

        var text = Encoding.UTF8.GetBytes(plain);
        var body = new byte[8 + text.Length];
        BinaryPrimitives.WriteInt32BigEndian(body, precision);
        BinaryPrimitives.WriteInt32BigEndian(body.AsSpan(4), scale);
        text.CopyTo(body, 8);
        return body;
    }
}
