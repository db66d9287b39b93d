using System.Buffers.Binary;
using System.Numerics;
using Parquet.Meta;
using Parquet.Schema;

namespace Cleanroom.C3r;

/// <summary>
/// One Parquet column: its CLR shape, its C3R value type (spec 13) and the conversions between Parquet values and
/// value bodies (spec 4).
/// </summary>
internal sealed record ParquetColumn(string Name, ParquetKind Kind, ClientDataType Type, int Precision, int Scale, bool Utc, int Unit)
{
    private static readonly DateTime Epoch = new(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public SourceColumn Source => new(Name, Type, Type switch
    {
        ClientDataType.Decimal => [.. BigEndian(Precision), .. BigEndian(Scale)],
        ClientDataType.Timestamp => [(byte)(Utc ? 1 : 0), .. BigEndian(Unit)],
        _ => [],
    });

    /// <summary>Maps a file's field; nested, repeated and unsupported physical types are rejected.</summary>
    public static ParquetColumn From(Field field, bool binaryAsString)
    {
        if (field is not DataField data || data.MaxRepetitionLevel > 0 || data.IsArray)
        {
            throw new C3rException($"Parquet column `{field.Name}` is a nested or repeated column; only primitive, non-repeated columns are supported.");
        }

        var element = data.SchemaElement
            ?? throw new C3rException($"Parquet column `{field.Name}` has no schema element.");
        var logical = element.LogicalType;
        if (logical?.INTEGER is { IsSigned: false } || element.ConvertedType is ConvertedType.UINT_8 or ConvertedType.UINT_16 or ConvertedType.UINT_32 or ConvertedType.UINT_64)
        {
            throw new C3rException($"Parquet column `{field.Name}` holds unsigned integers, which are not supported.");
        }

        if (logical?.DECIMAL is not null || element.ConvertedType == ConvertedType.DECIMAL)
        {
            return new ParquetColumn(field.Name, ParquetKind.Decimal, ClientDataType.Decimal, element.Precision ?? 0, element.Scale ?? 0, false, 0);
        }

        return element.Type switch
        {
            Parquet.Meta.Type.BOOLEAN => Simple(field.Name, ParquetKind.Boolean, ClientDataType.Boolean),
            Parquet.Meta.Type.DOUBLE => Simple(field.Name, ParquetKind.Double, ClientDataType.Double),
            Parquet.Meta.Type.FLOAT => Simple(field.Name, ParquetKind.Float, ClientDataType.Float),
            Parquet.Meta.Type.BYTE_ARRAY when logical?.STRING is not null || element.ConvertedType == ConvertedType.UTF8 =>
                Simple(field.Name, ParquetKind.String, ClientDataType.String),
            Parquet.Meta.Type.BYTE_ARRAY when data.ClrType == typeof(string) || data.ClrType == typeof(ReadOnlyMemory<char>) =>
                Simple(field.Name, ParquetKind.String, ClientDataType.Unknown),
            Parquet.Meta.Type.BYTE_ARRAY => Simple(field.Name, ParquetKind.Binary, binaryAsString ? ClientDataType.String : ClientDataType.Unknown),
            Parquet.Meta.Type.FIXED_LEN_BYTE_ARRAY => Simple(field.Name, ParquetKind.Binary, ClientDataType.Unknown),
            Parquet.Meta.Type.INT32 when logical?.DATE is not null || element.ConvertedType == ConvertedType.DATE =>
                Simple(field.Name, ParquetKind.Date, ClientDataType.Date),
            Parquet.Meta.Type.INT32 when data.ClrType == typeof(short) => Simple(field.Name, ParquetKind.Int16, ClientDataType.SmallInt),
            Parquet.Meta.Type.INT32 when data.ClrType == typeof(sbyte) => Simple(field.Name, ParquetKind.SByte, ClientDataType.Unknown),
            Parquet.Meta.Type.INT32 when data.ClrType == typeof(int) => Simple(field.Name, ParquetKind.Int32, ClientDataType.Int),
            Parquet.Meta.Type.INT64 when logical?.TIMESTAMP is { } timestamp => new ParquetColumn(
                field.Name, ParquetKind.Timestamp, ClientDataType.Timestamp, 0, 0, timestamp.IsAdjustedToUTC,
                timestamp.Unit.MILLIS is not null ? 0 : timestamp.Unit.MICROS is not null ? 1 : 2),
            Parquet.Meta.Type.INT64 when element.ConvertedType is ConvertedType.TIMESTAMP_MILLIS or ConvertedType.TIMESTAMP_MICROS => new ParquetColumn(
                field.Name, ParquetKind.Timestamp, ClientDataType.Timestamp, 0, 0, true, element.ConvertedType == ConvertedType.TIMESTAMP_MILLIS ? 0 : 1),
            Parquet.Meta.Type.INT64 when data.ClrType == typeof(long) => Simple(field.Name, ParquetKind.Int64, ClientDataType.BigInt),
            _ => throw new C3rException($"Parquet column `{field.Name}` has a type that is not supported ({element.Type}, {data.ClrType.Name})."),
        };
    }

    /// <summary>The column a decrypted sealed value of this type is written to.</summary>
    public static ParquetColumn ForDecoded(string name, ClientDataType type, ReadOnlySpan<byte> body) => type switch
    {
        ClientDataType.BigInt => Simple(name, ParquetKind.Int64, type),
        ClientDataType.Int => Simple(name, ParquetKind.Int32, type),
        ClientDataType.SmallInt => Simple(name, ParquetKind.Int16, type),
        ClientDataType.Boolean => Simple(name, ParquetKind.Boolean, type),
        ClientDataType.Date => Simple(name, ParquetKind.Date, type),
        ClientDataType.Double => Simple(name, ParquetKind.Double, type),
        ClientDataType.Float => Simple(name, ParquetKind.Float, type),
        ClientDataType.Decimal => new ParquetColumn(name, ParquetKind.Decimal, type,
            BinaryPrimitives.ReadInt32BigEndian(body), BinaryPrimitives.ReadInt32BigEndian(body[4..]), false, 0),
        ClientDataType.Timestamp => new ParquetColumn(name, ParquetKind.Timestamp, type, 0, 0, body[0] != 0, BinaryPrimitives.ReadInt32BigEndian(body[1..])),
        _ => Simple(name, ParquetKind.String, ClientDataType.String),
    };

    public static ParquetColumn Text(string name) => Simple(name, ParquetKind.String, ClientDataType.String);

    /// <summary>A writable field of this shape, named <paramref name="name"/>; every output column is optional.</summary>
    public DataField Field(string name) => Kind switch
    {
        ParquetKind.String => new DataField<string>(name, true),
        ParquetKind.Binary => new DataField<byte[]>(name, true),
        ParquetKind.Boolean => new DataField<bool>(name, true),
        ParquetKind.SByte => new DataField<sbyte>(name, true),
        ParquetKind.Int16 => new DataField<short>(name, true),
        ParquetKind.Int32 => new DataField<int>(name, true),
        ParquetKind.Int64 => new DataField<long>(name, true),
        ParquetKind.Float => new DataField<float>(name, true),
        ParquetKind.Double => new DataField<double>(name, true),
        ParquetKind.Decimal => new DecimalDataField(name, Precision, Scale, isNullable: true),
        ParquetKind.Date => new DateTimeDataField(name, DateTimeFormat.Date, isNullable: true),
        _ => new DateTimeDataField(name, DateTimeFormat.DateAndTime, Utc, Unit switch
        {
            0 => DateTimeTimeUnit.Millis,
            1 => DateTimeTimeUnit.Micros,
            _ => DateTimeTimeUnit.Nanos,
        }, isNullable: true),
    };

    /// <summary>The value body of a non-NULL Parquet value of this column.</summary>
    public byte[] Body(object value) => value switch
    {
        string text => System.Text.Encoding.UTF8.GetBytes(text),
        byte[] bytes => bytes,
        bool flag => [(byte)(flag ? 1 : 0)],
        sbyte tiny => [(byte)tiny],
        short small => BigEndian16(small),
        int number when Kind == ParquetKind.Int32 => BigEndian(number),
        long big => BigEndian64(big),
        float single => BigEndian(BitConverter.SingleToInt32Bits(single)),
        double wide => BigEndian64(BitConverter.DoubleToInt64Bits(wide)),
        decimal exact => DecodedValueText.DecimalBody(Unscaled(exact, Scale), Precision, Scale),
        DateTime date when Kind == ParquetKind.Date => BigEndian((int)(date.Date - Epoch.Date).TotalDays),
        DateTime instant => [(byte)(Utc ? 1 : 0), .. BigEndian(Unit), .. BigEndian64(InUnit(instant))],
        _ => throw new C3rException($"Parquet column `{Name}` holds a value Cleanroom cannot read."),
    };

    /// <summary>The Parquet value of a body of this column's type.</summary>
    public object Value(ReadOnlySpan<byte> body) => Kind switch
    {
        ParquetKind.String => System.Text.Encoding.UTF8.GetString(body),
        ParquetKind.Binary => body.ToArray(),
        ParquetKind.Boolean => body[0] != 0,
        ParquetKind.SByte => (sbyte)body[0],
        ParquetKind.Int16 => BinaryPrimitives.ReadInt16BigEndian(body),
        ParquetKind.Int32 => BinaryPrimitives.ReadInt32BigEndian(body),
        ParquetKind.Int64 => BinaryPrimitives.ReadInt64BigEndian(body),
        ParquetKind.Float => BinaryPrimitives.ReadSingleBigEndian(body),
        ParquetKind.Double => BinaryPrimitives.ReadDoubleBigEndian(body),
        ParquetKind.Decimal => decimal.Parse(System.Text.Encoding.UTF8.GetString(body[8..]), System.Globalization.CultureInfo.InvariantCulture),
        ParquetKind.Date => Epoch.AddDays(BinaryPrimitives.ReadInt32BigEndian(body)),
        _ => FromUnit(BinaryPrimitives.ReadInt32BigEndian(body[1..]), BinaryPrimitives.ReadInt64BigEndian(body[5..])),
    };

    private static ParquetColumn Simple(string name, ParquetKind kind, ClientDataType type) => new(name, kind, type, 0, 0, false, 0);

    private static BigInteger Unscaled(decimal value, int scale)
    {
        var scaled = value * (decimal)Math.Pow(10, scale);
        return new BigInteger(decimal.Round(scaled, 0, MidpointRounding.AwayFromZero));
    }

    private long InUnit(DateTime instant)
    {
        var ticks = (instant - Epoch).Ticks;
        return Unit switch
        {
            0 => ticks / TimeSpan.TicksPerMillisecond,
            1 => ticks / 10,
            _ => ticks * 100,
        };
    }

    private static DateTime FromUnit(int unit, long value) => Epoch.AddTicks(unit switch
    {
        0 => value * TimeSpan.TicksPerMillisecond,
        1 => value * 10,
        _ => value / 100,
    });

    private static byte[] BigEndian(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(bytes, value);
        return bytes;
    }

    private static byte[] BigEndian16(short value)
    {
        var bytes = new byte[2];
        BinaryPrimitives.WriteInt16BigEndian(bytes, value);
        return bytes;
    }

    private static byte[] BigEndian64(long value)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(bytes, value);
        return bytes;
    }
}
