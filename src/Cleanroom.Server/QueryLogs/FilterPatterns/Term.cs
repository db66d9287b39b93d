namespace Cleanroom.Server.QueryLogs.FilterPatterns;

/// <summary>One term of a <see cref="TermsPattern"/>.</summary>
internal sealed record Term(string Text, bool Phrase)
{
    public bool IsIn(string message)
    {
        if (Phrase)
        {
            return message.Contains(Text, StringComparison.Ordinal);
        }

        for (var at = message.IndexOf(Text, StringComparison.Ordinal); at >= 0; at = message.IndexOf(Text, at + 1, StringComparison.Ordinal))
        {
            var end = at + Text.Length;
            var startsWord = !char.IsLetterOrDigit(Text[0]) || at == 0 || !char.IsLetterOrDigit(message[at - 1]);
            var endsWord = !char.IsLetterOrDigit(Text[^1]) || end == message.Length || !char.IsLetterOrDigit(message[end]);
            if (startsWord && endsWord)
            {
                return true;
            }
        }

        return false;
    }
}
