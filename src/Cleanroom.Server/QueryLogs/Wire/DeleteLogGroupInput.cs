namespace Cleanroom.Server.QueryLogs.Wire;

internal sealed record DeleteLogGroupInput(string? LogGroupName);
