namespace Cleanroom.Server.QueryLogs;

internal sealed record LogStreamRecord(
    long StreamId,
    long GroupId,
    string Name,
    DateTimeOffset CreateTime,
    long? FirstEventTime,
    long? LastEventTime,
    long? LastIngestionTime,
    long StoredBytes,
    long NextSequence);
