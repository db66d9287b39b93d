using System.Text.Json;
using System.Text.RegularExpressions;

namespace Cleanroom.Server.QueryLogs.FilterPatterns;

/// <summary>
/// A parsed CloudWatch Logs filter pattern: terms (<c>ERROR "exact phrase" ?either ?or -excluded</c>), a regular
/// expression (<c>%regex%</c>), or a JSON condition (<c>{ $.status = "FAILED" &amp;&amp; $.n &gt; 5 }</c>).
/// Matching is case-sensitive, as in CloudWatch.
/// </summary>
internal abstract record FilterPattern
{
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(100);

    /// <exception cref="FilterPatternException">The pattern is not valid.</exception>
    public static FilterPattern Parse(string? text)
    {
        var pattern = (text ?? string.Empty).Trim();
        if (pattern.Length == 0)
        {
            return new MatchAll();
        }

        if (pattern.StartsWith('{'))
        {
            return new JsonPattern(JsonPatternParser.Parse(pattern));
        }

        if (pattern.StartsWith('['))
        {
            throw new FilterPatternException("Space-delimited filter patterns ([w1, w2, …]) are not supported by Cleanroom.");
        }

        if (pattern.Length > 1 && pattern.StartsWith('%') && pattern.EndsWith('%'))
        {
            return new RegexPattern(Regexes.Create(pattern[1..^1]));
        }

        return TermsPattern.Read(pattern);
    }

    public bool Matches(string message) => this switch
    {
        MatchAll => true,
        TermsPattern terms => terms.IsMatch(message),
        RegexPattern regex => Regexes.IsMatch(regex.Regex, message),
        JsonPattern json => MatchesJson(json.Condition, message),
        _ => throw new InvalidOperationException($"Unknown filter pattern {GetType().Name}."),
    };

    private static bool MatchesJson(JsonCondition condition, string message)
    {
        try
        {
            using var document = JsonDocument.Parse(message);
            return condition.Evaluate(document.RootElement);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
