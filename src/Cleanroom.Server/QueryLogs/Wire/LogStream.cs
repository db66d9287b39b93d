namespace Cleanroom.Server.QueryLogs.Wire;

internal sealed record LogStream(
    string LogStreamName,
    long CreationTime,
    long? FirstEventTimestamp,
    long? LastEventTimestamp,
    long? LastIngestionTime,
    string Arn,
    long StoredBytes);
