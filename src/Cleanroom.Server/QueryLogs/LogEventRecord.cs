namespace Cleanroom.Server.QueryLogs;

/// <summary>An event as read back; times are Unix milliseconds.</summary>
internal sealed record LogEventRecord(long StreamId, string StreamName, long Sequence, long Time, long IngestionTime, string Message)
{
    public EventPosition Position => new(Time, StreamId, Sequence);
}
