using System.Globalization;
using System.Text;
using Cleanroom.Sql.Ast;
using Cleanroom.Sql.Parsing;

namespace Cleanroom.Sql.Lexing;

/// <summary>
/// Turns query text into tokens in one forward pass with no recursion and no backtracking, so its time is linear
/// in the input and its stack use constant whatever the input. Comments (including Spark hints) are dropped.
/// </summary>
internal sealed class Lexer
{
    private readonly string text;
    private readonly List<Token> tokens = [];
    private readonly StringBuilder buffer = new();
    private int offset;
    private int line = 1;
    private int lineStart;

    private Lexer(string text) => this.text = text;

    public static List<Token> Tokenize(string text)
    {
        var lexer = new Lexer(text);
        lexer.Run();
        return lexer.tokens;
    }

    private SourcePosition Here => new(line, offset - lineStart + 1, offset);

    private char Peek(int ahead = 0) => offset + ahead < text.Length ? text[offset + ahead] : '\0';

    private bool AtEnd(int ahead = 0) => offset + ahead >= text.Length;

    private void Run()
    {
        while (true)
        {
            SkipTrivia();
            if (AtEnd())
            {
                tokens.Add(new Token(TokenKind.EndOfInput, "", Here));
                return;
            }
            tokens.Add(Next());
        }
    }

    private void Advance()
    {
        if (text[offset] == '\n')
        {
            line++;
            lineStart = offset + 1;
        }
        offset++;
    }

    private void SkipTrivia()
    {
        while (!AtEnd())
        {
            var c = Peek();
            if (char.IsWhiteSpace(c))
                Advance();
            else if (c == '-' && Peek(1) == '-')
            {
                while (!AtEnd() && Peek() != '\n')
                    offset++;
            }
            else if (c == '/' && Peek(1) == '*')
                SkipBlockComment();
            else
                return;
        }
    }

    // Block comments nest as in Spark; a hint /*+ … */ is a comment like any other.
    private void SkipBlockComment()
    {
        var start = Here;
        var depth = 0;
        while (true)
        {
            if (AtEnd())
                throw new SqlSyntaxException("unterminated comment", start);
            if (Peek() == '/' && Peek(1) == '*')
            {
                depth++;
                offset += 2;
            }
            else if (Peek() == '*' && Peek(1) == '/')
            {
                depth--;
                offset += 2;
                if (depth == 0)
                    return;
            }
            else
                Advance();
        }
    }

    private Token Next()
    {
        var start = Here;
        var c = Peek();
        if (IsWordStart(c))
            return Word(start);
        if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(Peek(1))))
            return Number(start);
        switch (c)
        {
            case '\'':
                return new Token(TokenKind.String, Quoted('\'', start, "string literal"), start);
            case '"':
                return new Token(TokenKind.QuotedIdentifier, QuotedIdentifier('"', start), start);
            case '`':
                return new Token(TokenKind.QuotedIdentifier, QuotedIdentifier('`', start), start);
            case ':':
                return Colon(start);
            case '<' when Peek(1) == '=' && Peek(2) == '>':
                throw new SqlSyntaxException("the null-safe equality operator <=> is not supported; use IS NOT DISTINCT FROM", start);
        }
        var (kind, length) = Operator(c, Peek(1), start);
        offset += length;
        return new Token(kind, "", start);
    }

    private static (TokenKind Kind, int Length) Operator(char c, char next, SourcePosition start) => (c, next) switch
    {
        (',', _) => (TokenKind.Comma, 1),
        ('.', _) => (TokenKind.Dot, 1),
        ('(', _) => (TokenKind.LeftParen, 1),
        (')', _) => (TokenKind.RightParen, 1),
        (';', _) => (TokenKind.Semicolon, 1),
        ('+', _) => (TokenKind.Plus, 1),
        ('-', '>') => throw new SqlSyntaxException("lambda expressions are not supported", start),
        ('-', _) => (TokenKind.Minus, 1),
        ('*', _) => (TokenKind.Star, 1),
        ('/', _) => (TokenKind.Slash, 1),
        ('%', _) => (TokenKind.Percent, 1),
        ('|', '|') => (TokenKind.Concat, 2),
        ('=', '=') => (TokenKind.DoubleEqual, 2),
        ('=', '>') => throw new SqlSyntaxException("named arguments (=>) are not supported", start),
        ('=', _) => (TokenKind.Equal, 1),
        ('!', '=') => (TokenKind.NotEqual, 2),
        ('<', '>') => (TokenKind.NotEqual, 2),
        ('<', '=') => (TokenKind.LessOrEqual, 2),
        ('<', _) => (TokenKind.Less, 1),
        ('>', '=') => (TokenKind.GreaterOrEqual, 2),
        ('>', _) => (TokenKind.Greater, 1),
        ('$', _) => throw new SqlSyntaxException("positional parameters ($n) are not supported; use :name", start),
        ('?', _) => throw new SqlSyntaxException("positional parameters (?) are not supported; use :name", start),
        ('[', _) => throw new SqlSyntaxException("list literals and subscripts are not supported", start),
        ('{', _) => throw new SqlSyntaxException("struct literals are not supported", start),
        _ => throw new SqlSyntaxException($"unexpected character {Describe(c)}", start),
    };

    private static string Describe(char c) =>
        char.IsControl(c) || char.IsSurrogate(c) || c > '\u007e'
            ? $"U+{(int)c:X4}"
            : $"'{c}'";

    private static bool IsWordStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsWordPart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private Token Word(SourcePosition start)
    {
        var begin = offset;
        while (!AtEnd() && IsWordPart(Peek()))
            offset++;
        if (Peek() == '$')
            throw new SqlSyntaxException("'$' is not allowed in names", Here);
        return new Token(TokenKind.Word, text.Substring(begin, offset - begin).ToLowerInvariant(), start);
    }

    private Token Colon(SourcePosition start)
    {
        if (Peek(1) == ':')
        {
            offset += 2;
            return new Token(TokenKind.DoubleColon, "", start);
        }
        offset++;
        var begin = offset;
        while (!AtEnd() && IsWordPart(Peek()))
            offset++;
        if (offset == begin)
            throw new SqlSyntaxException("expected a parameter name after ':'", start);
        if (offset - begin > 100)
            throw new SqlSyntaxException("parameter name is longer than 100 characters", start);
        return new Token(TokenKind.Parameter, text.Substring(begin, offset - begin), start);
    }

    private Token Number(SourcePosition start)
    {
        var begin = offset;
        while (char.IsAsciiDigit(Peek()))
            offset++;
        if (Peek() == '.')
        {
            offset++;
            while (char.IsAsciiDigit(Peek()))
                offset++;
        }
        if (Peek() is 'e' or 'E' && (char.IsAsciiDigit(Peek(1)) || (Peek(1) is '+' or '-' && char.IsAsciiDigit(Peek(2)))))
        {
            offset += 2;
            while (char.IsAsciiDigit(Peek()))
                offset++;
        }
        if (IsWordPart(Peek()) || Peek() == '.')
            throw new SqlSyntaxException("malformed number (type suffixes and hexadecimal numbers are not supported)", start);
        if (offset - begin > 1000)
            throw new SqlSyntaxException("numeric literal is too long", start);
        return new Token(TokenKind.Number, Canonical(text.AsSpan(begin, offset - begin)), start);
    }

    // One spelling per value's form, so printing and re-parsing is stable: ".5" → "0.5", "1E3" → "1e3".
    private static string Canonical(ReadOnlySpan<char> number)
    {
        var lower = number.ToString().ToLowerInvariant();
        if (lower.StartsWith('.'))
            lower = "0" + lower;
        if (lower.EndsWith('.'))
            lower = lower[..^1];
        lower = lower.Replace("e+", "e", StringComparison.Ordinal);
        return lower.Replace(".e", "e", StringComparison.Ordinal);
    }

    private string QuotedIdentifier(char quote, SourcePosition start)
    {
        var name = Quoted(quote, start, "quoted identifier");
        if (name.Length == 0)
            throw new SqlSyntaxException("empty quoted identifier", start);
        if (name.Length > 128)
            throw new SqlSyntaxException("identifier is longer than 128 characters", start);
        return name.ToLowerInvariant();
    }

    // Strings accept both the SQL doubling of the quote and Spark's backslash escapes (documented in the dialect).
    // Identifiers accept only doubling: a backslash in a name is literal (and later rejected by naming rules).
    private string Quoted(char quote, SourcePosition start, string what)
    {
        buffer.Clear();
        offset++;
        var backslashEscapes = quote == '\'';
        while (true)
        {
            if (AtEnd())
                throw new SqlSyntaxException($"unterminated {what}", start);
            var c = Peek();
            if (c == quote)
            {
                if (Peek(1) == quote)
                {
                    buffer.Append(quote);
                    offset += 2;
                    continue;
                }
                offset++;
                return buffer.ToString();
            }
            if (c == '\\' && backslashEscapes)
            {
                Escape(start);
                continue;
            }
            if (c == '\0')
                throw new SqlSyntaxException($"NUL character in {what}", Here);
            buffer.Append(c);
            Advance();
        }
    }

    private void Escape(SourcePosition start)
    {
        if (AtEnd(1))
            throw new SqlSyntaxException("unterminated string literal", start);
        var escaped = Peek(1);
        switch (escaped)
        {
            case 'n': buffer.Append('\n'); break;
            case 't': buffer.Append('\t'); break;
            case 'r': buffer.Append('\r'); break;
            case 'b': buffer.Append('\b'); break;
            case 'Z': buffer.Append('\u001a'); break;
            case '%' or '_': buffer.Append('\\').Append(escaped); break; // kept for LIKE patterns, as Spark does
            case '0': throw new SqlSyntaxException("NUL character in string literal", Here);
            case 'u':
                UnicodeEscape();
                return;
            default:
                buffer.Append(escaped);
                break;
        }
        Advance();
        Advance();
    }

    private void UnicodeEscape()
    {
        var at = Here;
        if (offset + 6 > text.Length
            || !int.TryParse(text.AsSpan(offset + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            throw new SqlSyntaxException("malformed \\u escape", at);
        if (code == 0)
            throw new SqlSyntaxException("NUL character in string literal", at);
        buffer.Append((char)code);
        offset += 6;
    }
}
