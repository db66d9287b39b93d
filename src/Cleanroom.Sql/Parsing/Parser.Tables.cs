using Cleanroom.Sql.Ast;
using Cleanroom.Sql.Lexing;

namespace Cleanroom.Sql.Parsing;

internal sealed partial class Parser
{
    private SyntaxList<TableReference> ParseFromList()
    {
        var tables = new List<TableReference>();
        do
            tables.Add(ParseTableReference());
        while (TakeKind(TokenKind.Comma));
        return new SyntaxList<TableReference>(tables);
    }

    private TableReference ParseTableReference()
    {
        var left = ParseTablePrimary();
        var entered = 0;
        while (TryParseJoinKind(out var kind, out var position))
        {
            Enter();
            entered++;
            var right = ParseTablePrimary();
            var condition = ParseJoinCondition(kind);
            left = new Join(left, kind, right, condition) { Position = position };
        }
        Exit(entered);
        return left;
    }

    private bool TryParseJoinKind(out JoinKind kind, out SourcePosition position)
    {
        position = Current.Position;
        kind = JoinKind.Inner;
        if (IsWord("natural"))
            throw new SqlSyntaxException("NATURAL joins are not supported; use ON", position);
        if (TakeWord("join"))
            return true;
        if (TakeWord("inner"))
            kind = JoinKind.Inner;
        else if (TakeWord("cross"))
            kind = JoinKind.Cross;
        else if (TakeWord("left"))
            kind = TakeWord("semi") ? JoinKind.LeftSemi : TakeWord("anti") ? JoinKind.LeftAnti : JoinKind.Left;
        else if (TakeWord("right"))
            kind = JoinKind.Right;
        else if (TakeWord("full"))
            kind = JoinKind.Full;
        else if (IsWord("semi") || IsWord("anti") || IsWord("asof") || IsWord("positional"))
            throw new SqlSyntaxException($"{Current.Text.ToUpperInvariant()} joins are not supported", position);
        else
            return false;
        if (kind is JoinKind.Left or JoinKind.Right or JoinKind.Full)
            TakeWord("outer");
        ExpectWord("join");
        return true;
    }

    private JoinCondition? ParseJoinCondition(JoinKind kind)
    {
        var start = Current.Position;
        if (kind == JoinKind.Cross)
        {
            if (IsWord("on") || IsWord("using"))
                throw new SqlSyntaxException("CROSS JOIN takes no join condition", start);
            return null;
        }
        if (TakeWord("on"))
            return new OnCondition(ParseExpression()) { Position = start };
        if (TakeWord("using"))
            return new UsingCondition(ParseNameList()) { Position = start };
        if (kind == JoinKind.Inner)
            return null;
        throw Unexpected("ON or USING");
    }

    private TableReference ParseTablePrimary()
    {
        var start = Current.Position;
        if (Is(TokenKind.LeftParen))
        {
            var next = PeekToken();
            if (next.IsWord("select") || next.IsWord("with") || next.Kind == TokenKind.LeftParen)
            {
                Take();
                var query = ParseQuery();
                Expect(TokenKind.RightParen, "')'");
                var alias = ParseOptionalAlias();
                var columns = alias is not null && Is(TokenKind.LeftParen) ? ParseNameList() : SyntaxList<Identifier>.Empty;
                return new DerivedTable(query, alias, columns) { Position = start };
            }
            Take();
            Enter();
            var inner = ParseTableReference();
            Exit();
            Expect(TokenKind.RightParen, "')'");
            return inner;
        }
        if (Is(TokenKind.Word) && Current.Text is "lateral" or "values" or "unnest" or "table")
            throw new SqlSyntaxException($"{Current.Text.ToUpperInvariant()} in FROM is not supported", start);
        if (Is(TokenKind.String))
            throw new SqlSyntaxException("file paths in FROM are not allowed", start);
        var name = ParseObjectName();
        if (Is(TokenKind.LeftParen))
            throw new SqlSyntaxException("table functions are not allowed", start);
        if (IsWord("tablesample") || IsWord("using") && PeekToken().IsWord("sample"))
            throw new SqlSyntaxException("table sampling is not supported", Current.Position);
        var tableAlias = ParseOptionalAlias();
        if (tableAlias is not null && Is(TokenKind.LeftParen))
            throw new SqlSyntaxException("column aliases on a table are not supported", Current.Position);
        return new NamedTable(name, tableAlias) { Position = start };
    }

    private ObjectName ParseObjectName()
    {
        var start = Current.Position;
        var parts = new List<Identifier> { ParseName("a table name") };
        while (TakeKind(TokenKind.Dot))
        {
            parts.Add(ParseName("a table name"));
            if (parts.Count > 2)
                throw new SqlSyntaxException("catalog-qualified names beyond schema.table are not supported", start);
        }
        return new ObjectName(new SyntaxList<Identifier>(parts)) { Position = start };
    }
}
