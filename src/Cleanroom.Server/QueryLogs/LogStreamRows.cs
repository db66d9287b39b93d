using System.Data.Common;
using Cleanroom.Server.Store;

namespace Cleanroom.Server.QueryLogs;

internal static class LogStreamRows
{
    private const string Columns = "stream_id, group_id, name, create_time, first_event_time, last_event_time, last_ingestion_time, stored_bytes, next_sequence";

    public static Task<LogStreamRecord?> FindAsync(DbSession session, long groupId, string name) =>
        session.QuerySingleAsync($"SELECT {Columns} FROM log_streams WHERE group_id = @group AND name = @name", Map, ("group", groupId), ("name", name));

    public static Task<List<LogStreamRecord>> ByNameAsync(DbSession session, long groupId, string prefix, string? after, bool descending, int limit) =>
        session.QueryAsync(
            $"SELECT {Columns} FROM log_streams WHERE group_id = @group AND substr(name, 1, length(@prefix)) = @prefix"
                + (after is null ? string.Empty : descending ? " AND name < @after" : " AND name > @after")
                + $" ORDER BY name {(descending ? "DESC" : "ASC")} LIMIT @limit",
            Map,
            ("group", groupId),
            ("prefix", prefix),
            ("after", after),
            ("limit", limit));

    /// <summary>Streams by last event time (streams without events first), then name; keyset paging on both.</summary>
    public static Task<List<LogStreamRecord>> ByLastEventAsync(DbSession session, long groupId, (long Time, string Name)? after, bool descending, int limit)
    {
        var direction = descending ? "DESC" : "ASC";
        var comparison = descending ? "<" : ">";
        return session.QueryAsync(
            $"SELECT {Columns} FROM log_streams WHERE group_id = @group"
                + (after is null ? string.Empty : $" AND (COALESCE(last_event_time, -1), name) {comparison} (@time, @name)")
                + $" ORDER BY COALESCE(last_event_time, -1) {direction}, name {direction} LIMIT @limit",
            Map,
            ("group", groupId),
            ("time", after?.Time),
            ("name", after?.Name),
            ("limit", limit));
    }

    public static async Task<LogStreamRecord> CreateAsync(DbSession session, long groupId, string name, DateTimeOffset time)
    {
        var id = await session.CountAsync("SELECT COALESCE(MAX(stream_id), 0) + 1 FROM log_streams");
        await session.ExecuteAsync(
            $"INSERT INTO log_streams ({Columns}) VALUES (@id, @group, @name, @time, NULL, NULL, NULL, 0, 1)",
            ("id", id),
            ("group", groupId),
            ("name", name),
            ("time", time.ToUnixTimeMilliseconds()));
        return new LogStreamRecord(id, groupId, name, time, null, null, null, 0, 1);
    }

    public static Task RecordAppendAsync(DbSession session, LogStreamRecord stream, long eventTime, long ingestionTime, long bytes) =>
        session.ExecuteAsync(
            "UPDATE log_streams SET first_event_time = @first, last_event_time = @last, last_ingestion_time = @ingestion, stored_bytes = stored_bytes + @bytes, next_sequence = next_sequence + 1 WHERE stream_id = @id",
            ("first", Math.Min(stream.FirstEventTime ?? eventTime, eventTime)),
            ("last", Math.Max(stream.LastEventTime ?? eventTime, eventTime)),
            ("ingestion", ingestionTime),
            ("bytes", bytes),
            ("id", stream.StreamId));

    private static LogStreamRecord Map(DbDataReader reader) => new(
        reader.Int64("stream_id"),
        reader.Int64("group_id"),
        reader.Text("name"),
        reader.Time("create_time"),
        NullableInt64(reader, "first_event_time"),
        NullableInt64(reader, "last_event_time"),
        NullableInt64(reader, "last_ingestion_time"),
        reader.Int64("stored_bytes"),
        reader.Int64("next_sequence"));

    private static long? NullableInt64(DbDataReader reader, string column) =>
        reader.IsDBNull(reader.GetOrdinal(column)) ? null : reader.Int64(column);
}
