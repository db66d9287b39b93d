using System.Data.Common;

namespace Cleanroom.Server.Store;

/// <summary>Column readers by name, so row mappers read like the schema.</summary>
internal static class DbReaderExtensions
{
    public static string Text(this DbDataReader reader, string column) => reader.GetString(reader.GetOrdinal(column));

    public static string? TextOrNull(this DbDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }

    public static long Int64(this DbDataReader reader, string column) => reader.GetInt64(reader.GetOrdinal(column));

    public static bool? BoolOrNull(this DbDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal) != 0;
    }

    /// <summary>Timestamps are stored as Unix milliseconds.</summary>
    public static DateTimeOffset Time(this DbDataReader reader, string column) =>
        DateTimeOffset.FromUnixTimeMilliseconds(reader.Int64(column));
}
