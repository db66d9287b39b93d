using System.Text.RegularExpressions;

namespace Cleanroom.Server.QueryLogs.FilterPatterns;

/// <summary>Regular expressions in patterns: culture-invariant, with a match timeout that counts as no match.</summary>
internal static class Regexes
{
    public static Regex Create(string expression)
    {
        try
        {
            return new Regex(expression, RegexOptions.CultureInvariant, FilterPattern.RegexTimeout);
        }
        catch (ArgumentException)
        {
            throw new FilterPatternException("The regular expression in the filter pattern is not valid.");
        }
    }

    public static bool IsMatch(Regex regex, string text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>A value with <c>*</c> wildcards as an anchored expression.</summary>
    public static Regex Wildcard(string value) =>
        new("^" + string.Join(".*", value.Split('*').Select(Regex.Escape)) + "$", RegexOptions.CultureInvariant | RegexOptions.Singleline, FilterPattern.RegexTimeout);
}
