namespace Cleanroom.Server.QueryLogs.FilterPatterns;

/// <summary>A numeric comparison value.</summary>
internal sealed record JsonNumber(double Value) : JsonValue;
