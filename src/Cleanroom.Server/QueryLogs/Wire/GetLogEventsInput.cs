namespace Cleanroom.Server.QueryLogs.Wire;

internal sealed record GetLogEventsInput(
    string? LogGroupName,
    string? LogGroupIdentifier,
    string? LogStreamName,
    long? StartTime,
    long? EndTime,
    string? NextToken,
    int? Limit,
    bool? StartFromHead);
