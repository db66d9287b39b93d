namespace Cleanroom.Server.QueryLogs.Wire;

internal sealed record DescribeLogStreamsInput(
    string? LogGroupName,
    string? LogGroupIdentifier,
    string? LogStreamNamePrefix,
    string? OrderBy,
    bool? Descending,
    string? NextToken,
    int? Limit);
