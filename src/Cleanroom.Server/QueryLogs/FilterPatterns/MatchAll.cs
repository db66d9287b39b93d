namespace Cleanroom.Server.QueryLogs.FilterPatterns;

/// <summary>The empty pattern: every event.</summary>
internal sealed record MatchAll : FilterPattern;
