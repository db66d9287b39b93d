using System.Text;

namespace Cleanroom.Server.QueryLogs.FilterPatterns;

/// <summary>
/// Parses <c>{ condition }</c>: comparisons (<c>$.sel op value</c>), <c>IS TRUE|FALSE|NULL</c>, <c>EXISTS</c>,
/// <c>NOT EXISTS</c>, combined with <c>&amp;&amp;</c> (binds tighter) and <c>||</c>, grouped with parentheses.
/// </summary>
internal static class JsonPatternParser
{
    private static readonly string[] Operators = ["!=", ">=", "<=", "=", ">", "<"];

    public static JsonCondition Parse(string pattern)
    {
        if (!pattern.EndsWith('}'))
        {
            throw new FilterPatternException("A JSON filter pattern is enclosed in { }.");
        }

        var tokens = Tokenize(pattern[1..^1]);
        var position = 0;
        var condition = ParseOr(tokens, ref position);
        return position == tokens.Count ? condition : throw Unexpected(tokens, position);
    }

    private delegate JsonCondition Parser(List<Token> tokens, ref int position);

    private static JsonCondition ParseOr(List<Token> tokens, ref int position) =>
        ParseChain(tokens, ref position, TokenKind.Or, ParseAnd, (left, right) => new JsonOr(left, right));

    private static JsonCondition ParseAnd(List<Token> tokens, ref int position) =>
        ParseChain(tokens, ref position, TokenKind.And, ParsePrimary, (left, right) => new JsonAnd(left, right));

    /// <summary><c>operand (separator operand)*</c>, combined left to right.</summary>
    private static JsonCondition ParseChain(List<Token> tokens, ref int position, TokenKind separator, Parser operand, Func<JsonCondition, JsonCondition, JsonCondition> combine)
    {
        var left = operand(tokens, ref position);
        while (At(tokens, position, separator))
        {
            position++;
            left = combine(left, operand(tokens, ref position));
        }

        return left;
    }

    private static JsonCondition ParsePrimary(List<Token> tokens, ref int position)
    {
        if (At(tokens, position, TokenKind.Open))
        {
            position++;
            var inner = ParseOr(tokens, ref position);
            if (!At(tokens, position, TokenKind.Close))
            {
                throw Unexpected(tokens, position);
            }

            position++;
            return inner;
        }

        if (!At(tokens, position, TokenKind.Selector))
        {
            throw Unexpected(tokens, position);
        }

        var selector = JsonSelector.Parse(tokens[position++].Text);
        if (At(tokens, position, TokenKind.Operator))
        {
            var op = tokens[position++].Text;
            var value = ParseValue(tokens, ref position);
            if (value is not JsonNumber && op is not ("=" or "!="))
            {
                throw new FilterPatternException($"The operator {op} compares numbers only ({selector.Text}).");
            }

            return new JsonComparison(selector, op, value);
        }

        var word = Word(tokens, position++);
        switch (word)
        {
            case "EXISTS":
                return new JsonExists(selector, Present: true);
            case "NOT" when Word(tokens, position++) == "EXISTS":
                return new JsonExists(selector, Present: false);
            case "IS":
                return Word(tokens, position++) switch
                {
                    "TRUE" => new JsonIs(selector, JsonLiteral.True),
                    "FALSE" => new JsonIs(selector, JsonLiteral.False),
                    "NULL" => new JsonIs(selector, JsonLiteral.Null),
                    _ => throw Unexpected(tokens, position - 1),
                };
            default:
                throw Unexpected(tokens, position - 1);
        }
    }

    private static JsonValue ParseValue(List<Token> tokens, ref int position)
    {
        if (position >= tokens.Count)
        {
            throw Unexpected(tokens, position);
        }

        var token = tokens[position++];
        return token.Kind switch
        {
            TokenKind.Quoted => JsonValue.From(token.Text, quoted: true),
            TokenKind.Word => JsonValue.From(token.Text, quoted: false),
            TokenKind.Regex => new JsonRegex(Regexes.Create(token.Text)),
            _ => throw Unexpected(tokens, position - 1),
        };
    }

    private static bool At(List<Token> tokens, int position, TokenKind kind) => position < tokens.Count && tokens[position].Kind == kind;

    private static string Word(List<Token> tokens, int position) =>
        At(tokens, position, TokenKind.Word) ? tokens[position].Text.ToUpperInvariant() : throw Unexpected(tokens, position);

    private static FilterPatternException Unexpected(List<Token> tokens, int position) =>
        new(position < tokens.Count ? $"Unexpected '{tokens[position].Text}' in the JSON filter pattern." : "The JSON filter pattern ends too early.");

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var index = 0;
        while (index < text.Length)
        {
            var c = text[index];
            if (char.IsWhiteSpace(c))
            {
                index++;
            }
            else if (c is '(' or ')')
            {
                tokens.Add(new Token(c == '(' ? TokenKind.Open : TokenKind.Close, c.ToString()));
                index++;
            }
            else if (text.AsSpan(index).StartsWith("&&") || text.AsSpan(index).StartsWith("||"))
            {
                tokens.Add(new Token(c == '&' ? TokenKind.And : TokenKind.Or, text.Substring(index, 2)));
                index += 2;
            }
            else if (Operators.FirstOrDefault(op => text.AsSpan(index).StartsWith(op)) is { } op)
            {
                tokens.Add(new Token(TokenKind.Operator, op));
                index += op.Length;
            }
            else if (c == '"')
            {
                tokens.Add(new Token(TokenKind.Quoted, ReadQuoted(text, ref index)));
            }
            else if (c == '%')
            {
                var end = text.IndexOf('%', index + 1);
                if (end < 0)
                {
                    throw new FilterPatternException("The JSON filter pattern has an unterminated %regex%.");
                }

                tokens.Add(new Token(TokenKind.Regex, text[(index + 1)..end]));
                index = end + 1;
            }
            else
            {
                var start = index;
                while (index < text.Length && !char.IsWhiteSpace(text[index]) && text[index] is not ('(' or ')' or '=' or '!' or '<' or '>' or '&' or '|' or '"'))
                {
                    index++;
                }

                if (index == start)
                {
                    throw new FilterPatternException($"Unexpected '{c}' in the JSON filter pattern.");
                }

                var word = text[start..index];
                tokens.Add(new Token(word.StartsWith('$') ? TokenKind.Selector : TokenKind.Word, word));
            }
        }

        return tokens;
    }

    private static string ReadQuoted(string text, ref int index)
    {
        var builder = new StringBuilder();
        for (index++; index < text.Length; index++)
        {
            var c = text[index];
            if (c == '\\' && index + 1 < text.Length)
            {
                builder.Append(text[++index]);
            }
            else if (c == '"')
            {
                index++;
                return builder.ToString();
            }
            else
            {
                builder.Append(c);
            }
        }

        throw new FilterPatternException("The JSON filter pattern has an unterminated string.");
    }

    private enum TokenKind
    {
        Open,
        Close,
        And,
        Or,
        Operator,
        Selector,
        Quoted,
        Regex,
        Word,
    }

    private sealed record Token(TokenKind Kind, string Text);
}
