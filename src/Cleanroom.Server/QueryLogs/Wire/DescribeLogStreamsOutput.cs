namespace Cleanroom.Server.QueryLogs.Wire;

internal sealed record DescribeLogStreamsOutput(IReadOnlyList<LogStream> LogStreams, string? NextToken);
