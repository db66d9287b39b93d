using Cleanroom.Sql.Ast;
using Cleanroom.Sql.Lexing;

namespace Cleanroom.Sql.Parsing;

/// <summary>Parses one SELECT statement of the Cleanroom dialect into a syntax tree.</summary>
public static class SqlParser
{
    public static ParseResult Parse(string text, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ParserOptions.Default;
        if (text.Length > options.MaxLength)
            return Failure(new Diagnostic($"query text is longer than {options.MaxLength} characters", 1, 1));
        try
        {
            var tokens = Lexer.Tokenize(text);
            return new ParseResult(new Parser(tokens, options.MaxDepth).ParseStatement(), []);
        }
        catch (SqlSyntaxException e)
        {
            return Failure(new Diagnostic(e.Message, e.Position.Line, e.Position.Column));
        }
        catch (InsufficientExecutionStackException)
        {
            return Failure(new Diagnostic("query is nested too deeply", 1, 1));
        }
    }

    private static ParseResult Failure(Diagnostic diagnostic) => new(null, [diagnostic]);
}
