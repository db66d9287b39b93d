namespace Cleanroom.Server.QueryLogs.Wire;

internal sealed record FilterLogEventsInput(
    string? LogGroupName,
    string? LogGroupIdentifier,
    IReadOnlyList<string>? LogStreamNames,
    string? LogStreamNamePrefix,
    long? StartTime,
    long? EndTime,
    string? FilterPattern,
    string? NextToken,
    int? Limit);
