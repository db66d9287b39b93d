using System.Text.RegularExpressions;

namespace Cleanroom.Server.QueryLogs.FilterPatterns;

/// <summary>A <c>%regex%</c> comparison value.</summary>
internal sealed record JsonRegex(Regex Regex) : JsonValue;
