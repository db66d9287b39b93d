using System.Text.RegularExpressions;

namespace Cleanroom.Server.QueryLogs.FilterPatterns;

/// <summary>A string comparison value; <c>*</c> wildcards are compiled into an anchored expression.</summary>
internal sealed record JsonText(Regex Pattern) : JsonValue;
