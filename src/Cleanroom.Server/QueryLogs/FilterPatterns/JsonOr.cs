namespace Cleanroom.Server.QueryLogs.FilterPatterns;

/// <summary><c>left || right</c>.</summary>
internal sealed record JsonOr(JsonCondition Left, JsonCondition Right) : JsonCondition;
