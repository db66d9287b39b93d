namespace Cleanroom.Server.QueryLogs.FilterPatterns;

/// <summary><c>$.x EXISTS</c> / <c>$.x NOT EXISTS</c>.</summary>
internal sealed record JsonExists(JsonSelector Selector, bool Present) : JsonCondition;
