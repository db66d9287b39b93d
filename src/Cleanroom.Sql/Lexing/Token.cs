using Cleanroom.Sql.Ast;

namespace Cleanroom.Sql.Lexing;

/// <summary>
/// A lexical token. <see cref="Text"/> is the folded word (lower case), the unescaped string or quoted identifier,
/// the canonical number, or the parameter name; operators carry no text.
/// </summary>
internal readonly record struct Token(TokenKind Kind, string Text, SourcePosition Position)
{
    public bool IsWord(string folded) => Kind == TokenKind.Word && Text == folded;
}
