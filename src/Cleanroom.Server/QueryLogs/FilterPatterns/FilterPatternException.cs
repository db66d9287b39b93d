namespace Cleanroom.Server.QueryLogs.FilterPatterns;

/// <summary>A filter pattern that cannot be parsed; the API answers InvalidParameterException with the message.</summary>
internal sealed class FilterPatternException(string message) : Exception(message);
