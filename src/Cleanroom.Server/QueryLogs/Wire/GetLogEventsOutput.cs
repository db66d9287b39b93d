namespace Cleanroom.Server.QueryLogs.Wire;

internal sealed record GetLogEventsOutput(IReadOnlyList<OutputLogEvent> Events, string NextForwardToken, string NextBackwardToken);
