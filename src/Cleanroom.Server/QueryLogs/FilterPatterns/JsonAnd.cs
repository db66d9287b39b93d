namespace Cleanroom.Server.QueryLogs.FilterPatterns;

/// <summary><c>left &amp;&amp; right</c>.</summary>
internal sealed record JsonAnd(JsonCondition Left, JsonCondition Right) : JsonCondition;
