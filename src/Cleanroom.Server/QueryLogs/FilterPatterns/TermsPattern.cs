namespace Cleanroom.Server.QueryLogs.FilterPatterns;

/// <summary>
/// Terms: every plain term must occur, at least one <c>?term</c> (when there are any), and no <c>-term</c>. An
/// unquoted term matches a whole word (not inside a longer alphanumeric run: <c>ERROR</c> does not match
/// <c>ERRORS</c>); a quoted phrase matches anywhere. Quote terms with spaces or symbols: <c>"ERROR 404"</c>.
/// </summary>
internal sealed record TermsPattern(IReadOnlyList<Term> All, IReadOnlyList<Term> Any, IReadOnlyList<Term> None) : FilterPattern
{
    public static TermsPattern Read(string pattern)
    {
        var (all, any, none) = (new List<Term>(), new List<Term>(), new List<Term>());
        var index = 0;
        while (index < pattern.Length)
        {
            if (char.IsWhiteSpace(pattern[index]))
            {
                index++;
                continue;
            }

            var target = all;
            if (pattern[index] is '?' or '-' && index + 1 < pattern.Length && !char.IsWhiteSpace(pattern[index + 1]))
            {
                target = pattern[index] == '?' ? any : none;
                index++;
            }

            target.Add(pattern[index] == '"' ? ReadPhrase(pattern, ref index) : ReadWord(pattern, ref index));
        }

        return new TermsPattern(all, any, none);
    }

    public bool IsMatch(string message) =>
        All.All(term => term.IsIn(message))
        && (Any.Count == 0 || Any.Any(term => term.IsIn(message)))
        && !None.Any(term => term.IsIn(message));

    private static Term ReadPhrase(string pattern, ref int index)
    {
        var end = pattern.IndexOf('"', index + 1);
        if (end < 0)
        {
            throw new FilterPatternException("The filter pattern has an unterminated quoted phrase.");
        }

        var phrase = pattern[(index + 1)..end];
        index = end + 1;
        return new Term(phrase, Phrase: true);
    }

    private static Term ReadWord(string pattern, ref int index)
    {
        var start = index;
        while (index < pattern.Length && !char.IsWhiteSpace(pattern[index]))
        {
            index++;
        }

        return new Term(pattern[start..index], Phrase: false);
    }
}
