namespace Cleanroom.Server.QueryLogs.Wire;

internal sealed record DescribeLogGroupsInput(
    string? LogGroupNamePrefix,
    string? LogGroupNamePattern,
    string? NextToken,
    int? Limit,
    IReadOnlyList<string>? LogGroupIdentifiers);
