namespace Cleanroom.Server.QueryLogs.Wire;

internal sealed record DescribeLogGroupsOutput(IReadOnlyList<LogGroup> LogGroups, string? NextToken);
