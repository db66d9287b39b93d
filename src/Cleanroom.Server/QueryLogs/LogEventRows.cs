using System.Data.Common;
using Cleanroom.Server.Store;

namespace Cleanroom.Server.QueryLogs;

internal static class LogEventRows
{
    private const string Select =
        "SELECT e.stream_id, s.name AS stream_name, e.sequence, e.event_time, e.ingestion_time, e.message FROM log_events e JOIN log_streams s ON s.stream_id = e.stream_id";

    public static Task InsertAsync(DbSession session, LogStreamRecord stream, long time, long ingestionTime, string message) =>
        session.ExecuteAsync(
            "INSERT INTO log_events (group_id, stream_id, sequence, event_time, ingestion_time, message) VALUES (@group, @stream, @sequence, @time, @ingestion, @message)",
            ("group", stream.GroupId),
            ("stream", stream.StreamId),
            ("sequence", stream.NextSequence),
            ("time", time),
            ("ingestion", ingestionTime),
            ("message", message));

    /// <summary>One stream's events in [start, end) strictly after (forward) or before (backward) a position.</summary>
    public static async Task<List<LogEventRecord>> InStreamAsync(DbSession session, long streamId, long start, long end, EventPosition position, bool forward, int limit)
    {
        var rows = await session.QueryAsync(
            $"{Select} WHERE e.stream_id = @stream AND e.event_time >= @start AND e.event_time < @end"
                + $" AND (e.event_time, e.sequence) {(forward ? ">" : "<")} (@time, @sequence)"
                + $" ORDER BY e.event_time {(forward ? "ASC" : "DESC")}, e.sequence {(forward ? "ASC" : "DESC")} LIMIT @limit",
            Map,
            ("stream", streamId),
            ("start", start),
            ("end", end),
            ("time", position.Time),
            ("sequence", position.Sequence),
            ("limit", limit));
        if (!forward)
        {
            rows.Reverse();
        }

        return rows;
    }

    /// <summary>A group's events in [start, end) after a position, in (time, stream, sequence) order, optionally only some streams.</summary>
    public static Task<List<LogEventRecord>> InGroupAsync(DbSession session, long groupId, IReadOnlyList<long>? streamIds, long start, long end, EventPosition after, int limit)
    {
        var parameters = new List<(string, object?)>
        {
            ("group", groupId), ("start", start), ("end", end), ("time", after.Time), ("stream", after.StreamId), ("sequence", after.Sequence), ("limit", limit),
        };
        var streamFilter = string.Empty;
        if (streamIds is not null)
        {
            streamFilter = $" AND e.stream_id IN ({string.Join(", ", streamIds.Select((_, index) => $"@s{index}"))})";
            parameters.AddRange(streamIds.Select((id, index) => ($"s{index}", (object?)id)));
        }

        return session.QueryAsync(
            $"{Select} WHERE e.group_id = @group AND e.event_time >= @start AND e.event_time < @end{streamFilter}"
                + " AND (e.event_time, e.stream_id, e.sequence) > (@time, @stream, @sequence)"
                + " ORDER BY e.event_time, e.stream_id, e.sequence LIMIT @limit",
            Map,
            [.. parameters]);
    }

    private static LogEventRecord Map(DbDataReader reader) => new(
        reader.Int64("stream_id"),
        reader.Text("stream_name"),
        reader.Int64("sequence"),
        reader.Int64("event_time"),
        reader.Int64("ingestion_time"),
        reader.Text("message"));
}
