using System.Runtime.CompilerServices;
using Cleanroom.Sql.Ast;
using Cleanroom.Sql.Lexing;

namespace Cleanroom.Sql.Parsing;

/// <summary>
/// Recursive-descent parser with one token of lookahead beyond the current one and no backtracking.
/// Every recursion and every loop that deepens the tree goes through <see cref="Enter"/>, so the tree height is
/// bounded by the depth limit and the later tree walks cannot overflow the stack either.
/// </summary>
internal sealed partial class Parser(List<Token> tokens, int maxDepth)
{
    private int index;
    private int depth;

    private Token Current => tokens[index];

    private Token PeekToken(int ahead = 1) => tokens[Math.Min(index + ahead, tokens.Count - 1)];

    private Token Take() => tokens[index < tokens.Count - 1 ? index++ : index];

    private bool IsWord(string word) => Current.IsWord(word);

    private bool Is(TokenKind kind) => Current.Kind == kind;

    private bool TakeWord(string word)
    {
        if (!IsWord(word))
            return false;
        index++;
        return true;
    }

    private bool TakeKind(TokenKind kind)
    {
        if (!Is(kind))
            return false;
        index++;
        return true;
    }

    private Token Expect(TokenKind kind, string what)
    {
        if (!Is(kind))
            throw Unexpected(what);
        return Take();
    }

    private void ExpectWord(string word)
    {
        if (!TakeWord(word))
            throw Unexpected(word.ToUpperInvariant());
    }

    private SqlSyntaxException Unexpected(string expected) =>
        new($"expected {expected} but found {Describe(Current)}", Current.Position);

    private static string Describe(Token token) => token.Kind switch
    {
        TokenKind.EndOfInput => "end of input",
        TokenKind.Word => $"'{token.Text}'",
        TokenKind.QuotedIdentifier => "a quoted identifier",
        TokenKind.String => "a string literal",
        TokenKind.Number => "a number",
        TokenKind.Parameter => $"parameter :{token.Text}",
        _ => $"'{Symbol(token.Kind)}'",
    };

    private static string Symbol(TokenKind kind) => kind switch
    {
        TokenKind.Comma => ",",
        TokenKind.Dot => ".",
        TokenKind.LeftParen => "(",
        TokenKind.RightParen => ")",
        TokenKind.Semicolon => ";",
        TokenKind.Plus => "+",
        TokenKind.Minus => "-",
        TokenKind.Star => "*",
        TokenKind.Slash => "/",
        TokenKind.Percent => "%",
        TokenKind.Concat => "||",
        TokenKind.Equal => "=",
        TokenKind.DoubleEqual => "==",
        TokenKind.NotEqual => "<>",
        TokenKind.Less => "<",
        TokenKind.LessOrEqual => "<=",
        TokenKind.Greater => ">",
        TokenKind.GreaterOrEqual => ">=",
        TokenKind.DoubleColon => "::",
        _ => kind.ToString(),
    };

    private void Enter()
    {
        if (++depth > maxDepth)
            throw new SqlSyntaxException($"query is nested more than {maxDepth} levels deep", Current.Position);
        RuntimeHelpers.EnsureSufficientExecutionStack();
    }

    private void Exit(int levels = 1) => depth -= levels;

    public Query ParseStatement()
    {
        RejectOtherStatements();
        var query = ParseQuery();
        if (TakeKind(TokenKind.Semicolon) && !Is(TokenKind.EndOfInput))
            throw new SqlSyntaxException("only one statement is allowed", Current.Position);
        if (!Is(TokenKind.EndOfInput))
            throw Unexpected("end of query");
        return query;
    }

    private void RejectOtherStatements()
    {
        if (Is(TokenKind.Word) && Keywords.Statements.Contains(Current.Text))
            throw new SqlSyntaxException(
                $"only a single SELECT statement is allowed; {Current.Text.ToUpperInvariant()} is not", Current.Position);
        if (!IsWord("select") && !IsWord("with") && !Is(TokenKind.LeftParen))
            throw Unexpected("SELECT");
    }

    private Query ParseQuery()
    {
        Enter();
        var start = Current.Position;
        var with = ParseWith();
        var body = ParseSetExpression();
        var orderBy = SyntaxList<OrderItem>.Empty;
        if (IsWord("order"))
        {
            Take();
            ExpectWord("by");
            orderBy = ParseOrderItems();
        }
        Expression? limit = null;
        Expression? offset = null;
        if (IsWord("limit"))
        {
            if (body is SelectCore { Top: not null })
                throw new SqlSyntaxException("TOP and LIMIT cannot be combined", Current.Position);
            Take();
            limit = ParseExpression();
        }
        if (TakeWord("offset"))
            offset = ParseExpression();
        Exit();
        return new Query(with, body, orderBy, limit, offset) { Position = start };
    }

    private SyntaxList<CommonTableExpression> ParseWith()
    {
        if (!TakeWord("with"))
            return SyntaxList<CommonTableExpression>.Empty;
        if (IsWord("recursive"))
            throw new SqlSyntaxException("recursive CTEs are not supported", Current.Position);
        var ctes = new List<CommonTableExpression>();
        do
        {
            var start = Current.Position;
            var name = ParseName("a CTE name");
            var columns = Is(TokenKind.LeftParen) ? ParseNameList() : SyntaxList<Identifier>.Empty;
            ExpectWord("as");
            if (IsWord("materialized") || IsWord("not"))
                throw new SqlSyntaxException("CTE materialization hints are not supported", Current.Position);
            Expect(TokenKind.LeftParen, "'('");
            var query = ParseQuery();
            Expect(TokenKind.RightParen, "')'");
            ctes.Add(new CommonTableExpression(name, columns, query) { Position = start });
        }
        while (TakeKind(TokenKind.Comma));
        return new SyntaxList<CommonTableExpression>(ctes);
    }

    private QueryBody ParseSetExpression()
    {
        var left = ParseIntersectTerm();
        var entered = 0;
        while (IsWord("union") || IsWord("except") || IsWord("minus"))
        {
            Enter();
            entered++;
            var position = Current.Position;
            var op = Take().Text == "union" ? SetOperator.Union : SetOperator.Except;
            var all = ParseSetQuantifier();
            var right = ParseIntersectTerm();
            left = new SetOperation(left, op, all, right) { Position = position };
        }
        Exit(entered);
        return left;
    }

    private QueryBody ParseIntersectTerm()
    {
        var left = ParseQueryPrimary();
        var entered = 0;
        while (IsWord("intersect"))
        {
            Enter();
            entered++;
            var position = Take().Position;
            var all = ParseSetQuantifier();
            var right = ParseQueryPrimary();
            left = new SetOperation(left, SetOperator.Intersect, all, right) { Position = position };
        }
        Exit(entered);
        return left;
    }

    private bool ParseSetQuantifier()
    {
        if (TakeWord("all"))
            return true;
        TakeWord("distinct");
        return false;
    }

    private QueryBody ParseQueryPrimary()
    {
        if (IsWord("select"))
            return ParseSelectCore();
        if (Is(TokenKind.LeftParen))
        {
            var start = Take().Position;
            var query = ParseQuery();
            Expect(TokenKind.RightParen, "')'");
            return new NestedQuery(query) { Position = start };
        }
        throw Unexpected("SELECT");
    }

    private SelectCore ParseSelectCore()
    {
        var start = Take().Position;
        var distinct = false;
        if (TakeWord("distinct"))
            distinct = true;
        else
            TakeWord("all");
        Expression? top = null;
        if (IsWord("top") && PeekToken().Kind is TokenKind.Number or TokenKind.Parameter or TokenKind.LeftParen)
        {
            Take();
            top = ParsePrimary();
        }
        var items = ParseSelectItems();
        var from = SyntaxList<TableReference>.Empty;
        if (TakeWord("from"))
            from = ParseFromList();
        Expression? where = null;
        if (TakeWord("where"))
            where = ParseExpression();
        var groupBy = SyntaxList<Expression>.Empty;
        if (IsWord("group"))
        {
            Take();
            ExpectWord("by");
            groupBy = ParseGroupBy();
        }
        Expression? having = null;
        if (TakeWord("having"))
            having = ParseExpression();
        if (IsWord("window") || IsWord("qualify"))
            throw new SqlSyntaxException($"{Current.Text.ToUpperInvariant()} clauses are not supported", Current.Position);
        return new SelectCore(distinct, top, items, from, where, groupBy, having) { Position = start };
    }

    private SyntaxList<Expression> ParseGroupBy()
    {
        if ((IsWord("rollup") || IsWord("cube") || IsWord("grouping")) && PeekToken().Kind is TokenKind.LeftParen or TokenKind.Word)
            throw new SqlSyntaxException("ROLLUP, CUBE and GROUPING SETS are not supported", Current.Position);
        if (IsWord("all") && PeekToken().Kind != TokenKind.LeftParen)
            throw new SqlSyntaxException("GROUP BY ALL is not supported; list the grouping expressions", Current.Position);
        var items = ParseExpressionList();
        if (IsWord("with") && PeekToken().Kind == TokenKind.Word && PeekToken().Text is "rollup" or "cube")
            throw new SqlSyntaxException("ROLLUP, CUBE and GROUPING SETS are not supported", Current.Position);
        return items;
    }

    private SyntaxList<SelectItem> ParseSelectItems()
    {
        var items = new List<SelectItem>();
        do
            items.Add(ParseSelectItem());
        while (TakeKind(TokenKind.Comma));
        return new SyntaxList<SelectItem>(items);
    }

    private SelectItem ParseSelectItem()
    {
        var start = Current.Position;
        if (Is(TokenKind.Star))
        {
            Take();
            RejectStarModifiers();
            return new StarItem(null) { Position = start };
        }
        if (IsQualifiedStar())
        {
            var parts = new List<Identifier>();
            while (!Is(TokenKind.Star))
            {
                parts.Add(ParseName("a name"));
                Expect(TokenKind.Dot, "'.'");
            }
            Take();
            if (parts.Count > 2)
                throw new SqlSyntaxException("catalog-qualified names beyond schema.table are not supported", start);
            RejectStarModifiers();
            return new StarItem(new ObjectName(new SyntaxList<Identifier>(parts)) { Position = start }) { Position = start };
        }
        var expression = ParseExpression();
        return new ExpressionItem(expression, ParseOptionalAlias()) { Position = start };
    }

    private bool IsQualifiedStar()
    {
        var ahead = 0;
        while (PeekToken(ahead).Kind is TokenKind.Word or TokenKind.QuotedIdentifier && PeekToken(ahead + 1).Kind == TokenKind.Dot)
        {
            if (PeekToken(ahead + 2).Kind == TokenKind.Star)
                return true;
            ahead += 2;
        }
        return false;
    }

    private void RejectStarModifiers()
    {
        if (IsWord("exclude") || IsWord("replace") || IsWord("rename") || (IsWord("except") && PeekToken().Kind == TokenKind.LeftParen))
            throw new SqlSyntaxException(
                $"SELECT * {Current.Text.ToUpperInvariant()} is DuckDB-only syntax and is not supported", Current.Position);
        if (IsWord("columns"))
            throw new SqlSyntaxException("COLUMNS(...) is DuckDB-only syntax and is not supported", Current.Position);
    }

    private Identifier? ParseOptionalAlias()
    {
        if (TakeWord("as"))
            return ParseName("an alias");
        if (Is(TokenKind.QuotedIdentifier) || (Is(TokenKind.Word) && !Keywords.Reserved.Contains(Current.Text)))
            return ParseName("an alias");
        return null;
    }

    private Identifier ParseName(string what)
    {
        var token = Current;
        if (token.Kind == TokenKind.QuotedIdentifier || (token.Kind == TokenKind.Word && !Keywords.Reserved.Contains(token.Text)))
        {
            Take();
            if (token.Text.Length > 128)
                throw new SqlSyntaxException("identifier is longer than 128 characters", token.Position);
            return new Identifier(token.Text) { Position = token.Position };
        }
        throw Unexpected(what);
    }

    private SyntaxList<Identifier> ParseNameList()
    {
        Expect(TokenKind.LeftParen, "'('");
        var names = new List<Identifier>();
        do
            names.Add(ParseName("a column name"));
        while (TakeKind(TokenKind.Comma));
        Expect(TokenKind.RightParen, "')'");
        return new SyntaxList<Identifier>(names);
    }

    private SyntaxList<OrderItem> ParseOrderItems()
    {
        var items = new List<OrderItem>();
        do
        {
            var start = Current.Position;
            var expression = ParseExpression();
            SortDirection? direction = TakeWord("asc") ? SortDirection.Ascending
                : TakeWord("desc") ? SortDirection.Descending
                : null;
            NullOrdering? nulls = null;
            if (TakeWord("nulls"))
            {
                nulls = TakeWord("first") ? NullOrdering.NullsFirst
                    : TakeWord("last") ? NullOrdering.NullsLast
                    : throw Unexpected("FIRST or LAST");
            }
            items.Add(new OrderItem(expression, direction, nulls) { Position = start });
        }
        while (TakeKind(TokenKind.Comma));
        return new SyntaxList<OrderItem>(items);
    }
}
