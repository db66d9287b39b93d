namespace Cleanroom.Server.QueryLogs.Wire;

internal sealed record OutputLogEvent(long Timestamp, string Message, long IngestionTime);
