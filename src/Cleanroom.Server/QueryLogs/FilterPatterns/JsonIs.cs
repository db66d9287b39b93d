namespace Cleanroom.Server.QueryLogs.FilterPatterns;

/// <summary><c>$.x IS TRUE | FALSE | NULL</c>.</summary>
internal sealed record JsonIs(JsonSelector Selector, JsonLiteral Literal) : JsonCondition;
