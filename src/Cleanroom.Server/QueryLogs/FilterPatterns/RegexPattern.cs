using System.Text.RegularExpressions;

namespace Cleanroom.Server.QueryLogs.FilterPatterns;

/// <summary><c>%regex%</c> over the whole message.</summary>
internal sealed record RegexPattern(Regex Regex) : FilterPattern;
