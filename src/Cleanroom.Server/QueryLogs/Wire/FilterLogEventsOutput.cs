namespace Cleanroom.Server.QueryLogs.Wire;

internal sealed record FilterLogEventsOutput(IReadOnlyList<FilteredLogEvent> Events, string? NextToken);
