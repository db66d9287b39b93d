namespace Cleanroom.Server.QueryLogs.Wire;

internal sealed record FilteredLogEvent(string LogStreamName, long Timestamp, string Message, long IngestionTime, string EventId);
