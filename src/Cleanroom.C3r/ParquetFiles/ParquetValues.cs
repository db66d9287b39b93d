using Parquet;
using Parquet.Schema;

namespace Cleanroom.C3r;

/// <summary>Reads and writes one column chunk as boxed values (null for NULL), dispatching on the column's shape.</summary>
internal static class ParquetValues
{
    public static object?[] Read(ParquetRowGroupReader group, DataField field, ParquetKind kind)
    {
        var rows = checked((int)group.RowCount);
        return kind switch
        {
            ParquetKind.String => ReadStrings(group, field, rows),
            ParquetKind.Binary => ReadBinary(group, field, rows),
            ParquetKind.Boolean => Box(ReadStruct<bool>(group, field, rows)),
            ParquetKind.SByte => Box(ReadStruct<sbyte>(group, field, rows)),
            ParquetKind.Int16 => Box(ReadStruct<short>(group, field, rows)),
            ParquetKind.Int32 => Box(ReadStruct<int>(group, field, rows)),
            ParquetKind.Int64 => Box(ReadStruct<long>(group, field, rows)),
            ParquetKind.Float => Box(ReadStruct<float>(group, field, rows)),
            ParquetKind.Double => Box(ReadStruct<double>(group, field, rows)),
            ParquetKind.Decimal => Box(ReadStruct<decimal>(group, field, rows)),
            _ => Box(ReadStruct<DateTime>(group, field, rows)),
        };
    }

    public static void Write(ParquetRowGroupWriter group, DataField field, ParquetKind kind, object?[] values)
    {
        switch (kind)
        {
            case ParquetKind.String:
                group.WriteAsync(field, values.Cast<string>().ToArray(), null).GetAwaiter().GetResult();
                break;
            case ParquetKind.Binary:
                group.WriteAsync(field, values.Cast<byte[]>().ToArray(), null).GetAwaiter().GetResult();
                break;
            case ParquetKind.Boolean:
                WriteStruct<bool>(group, field, values);
                break;
            case ParquetKind.SByte:
                WriteStruct<sbyte>(group, field, values);
                break;
            case ParquetKind.Int16:
                WriteStruct<short>(group, field, values);
                break;
            case ParquetKind.Int32:
                WriteStruct<int>(group, field, values);
                break;
            case ParquetKind.Int64:
                WriteStruct<long>(group, field, values);
                break;
            case ParquetKind.Float:
                WriteStruct<float>(group, field, values);
                break;
            case ParquetKind.Double:
                WriteStruct<double>(group, field, values);
                break;
            case ParquetKind.Decimal:
                WriteStruct<decimal>(group, field, values);
                break;
            default:
                WriteStruct<DateTime>(group, field, values);
                break;
        }
    }

    private static object?[] ReadStrings(ParquetRowGroupReader group, DataField field, int rows)
    {
        var values = new string?[rows];
        group.ReadAsync(field, values.AsMemory(), null).GetAwaiter().GetResult();

        // A true object[] (not a covariant string[]) so callers may store decrypted values of other types.
        return [.. values];
    }

    private static object?[] ReadBinary(ParquetRowGroupReader group, DataField field, int rows)
    {
        var values = new byte[]?[rows];
        group.ReadAsync(field, values.AsMemory(), null).GetAwaiter().GetResult();
        return [.. values];
    }

    private static T?[] ReadStruct<T>(ParquetRowGroupReader group, DataField field, int rows)
        where T : struct
    {
        var values = new T?[rows];
        group.ReadAsync<T>(field, values.AsMemory(), null).GetAwaiter().GetResult();
        return values;
    }

    private static object?[] Box<T>(T?[] values)
        where T : struct => [.. values.Select(v => v.HasValue ? (object)v.Value : null)];

    private static void WriteStruct<T>(ParquetRowGroupWriter group, DataField field, object?[] values)
        where T : struct
    {
        var typed = values.Select(v => v is null ? (T?)null : (T)v).ToArray();
        group.WriteAsync<T>(field, typed.AsMemory(), null).GetAwaiter().GetResult();
    }
}
