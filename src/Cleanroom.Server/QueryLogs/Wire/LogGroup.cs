namespace Cleanroom.Server.QueryLogs.Wire;

/// <summary>A log group as DescribeLogGroups returns it (no retention: events never expire).</summary>
internal sealed record LogGroup(
    string LogGroupName,
    long CreationTime,
    int MetricFilterCount,
    string Arn,
    long StoredBytes,
    string LogGroupClass,
    string LogGroupArn);
