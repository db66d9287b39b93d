using Cleanroom.Sql.Ast;

namespace Cleanroom.Sql.Parsing;

/// <summary>Raised inside the lexer and parser to stop at the first error; never escapes <see cref="SqlParser"/>.</summary>
internal sealed class SqlSyntaxException(string message, SourcePosition position) : Exception(message)
{
    public SourcePosition Position { get; } = position;
}
