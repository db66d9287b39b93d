namespace Cleanroom.Server.QueryLogs.FilterPatterns;

/// <summary>What <c>IS</c> tests for.</summary>
internal enum JsonLiteral
{
    True,
    False,
    Null,
}
