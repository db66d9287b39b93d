namespace Cleanroom.Server.QueryLogs.FilterPatterns;

/// <summary><c>{ … }</c>: the message is parsed as JSON and the condition evaluated; a message that is not JSON never matches.</summary>
internal sealed record JsonPattern(JsonCondition Condition) : FilterPattern;
