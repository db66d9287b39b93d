using Cleanroom.Sql.Ast;
using Cleanroom.Sql.Lexing;

namespace Cleanroom.Sql.Parsing;

internal sealed partial class Parser
{
    // Precedence, loosest first: OR, AND, NOT, predicates (comparison, IS, IN, BETWEEN, LIKE, RLIKE),
    // + - ||, * / % DIV, unary + -, postfix ::.
    private Expression ParseExpression() => ParseOr();

    private SyntaxList<Expression> ParseExpressionList()
    {
        var items = new List<Expression>();
        do
            items.Add(ParseExpression());
        while (TakeKind(TokenKind.Comma));
        return new SyntaxList<Expression>(items);
    }

    private Expression ParseOr()
    {
        var left = ParseAnd();
        var entered = 0;
        while (IsWord("or"))
        {
            Enter();
            entered++;
            var position = Take().Position;
            left = new BinaryExpression(left, BinaryOperator.Or, ParseAnd()) { Position = position };
        }
        Exit(entered);
        return left;
    }

    private Expression ParseAnd()
    {
        var left = ParseNot();
        var entered = 0;
        while (IsWord("and"))
        {
            Enter();
            entered++;
            var position = Take().Position;
            left = new BinaryExpression(left, BinaryOperator.And, ParseNot()) { Position = position };
        }
        Exit(entered);
        return left;
    }

    private Expression ParseNot()
    {
        if (!IsWord("not"))
            return ParsePredicate();
        var position = Take().Position;
        Enter();
        var operand = ParseNot();
        Exit();
        return new UnaryExpression(UnaryOperator.Not, operand) { Position = position };
    }

    private Expression ParsePredicate()
    {
        var left = ParseAdditive();
        var entered = 0;
        while (true)
        {
            var position = Current.Position;
            var comparison = ComparisonOperator(Current.Kind);
            Expression? next;
            if (comparison is { } op)
            {
                Enter();
                entered++;
                Take();
                next = new BinaryExpression(left, op, ParseAdditive()) { Position = position };
            }
            else
            {
                if (!IsPredicateStart())
                    break;
                Enter();
                entered++;
                next = ParsePredicateSuffix(left, position);
            }
            left = next;
        }
        Exit(entered);
        return left;
    }

    private bool IsPredicateStart()
    {
        if (IsWord("is") || IsWord("in") || IsWord("between") || IsWord("like") || IsWord("ilike") || IsWord("rlike") || IsWord("regexp"))
            return true;
        if (IsWord("not"))
        {
            var next = PeekToken();
            return next.Kind == TokenKind.Word && next.Text is "in" or "between" or "like" or "ilike" or "rlike" or "regexp";
        }
        if (IsWord("similar") || IsWord("glob"))
            throw new SqlSyntaxException($"{Current.Text.ToUpperInvariant()} is not supported; use LIKE or RLIKE", Current.Position);
        return false;
    }

    private static BinaryOperator? ComparisonOperator(TokenKind kind) => kind switch
    {
        TokenKind.Equal or TokenKind.DoubleEqual => BinaryOperator.Equal,
        TokenKind.NotEqual => BinaryOperator.NotEqual,
        TokenKind.Less => BinaryOperator.Less,
        TokenKind.LessOrEqual => BinaryOperator.LessOrEqual,
        TokenKind.Greater => BinaryOperator.Greater,
        TokenKind.GreaterOrEqual => BinaryOperator.GreaterOrEqual,
        _ => null,
    };

    private Expression ParsePredicateSuffix(Expression left, SourcePosition position)
    {
        if (TakeWord("is"))
            return ParseIsSuffix(left, position);
        var negated = TakeWord("not");
        var word = Take().Text;
        switch (word)
        {
            case "in":
                return ParseInSuffix(left, negated, position);
            case "between":
                var low = ParseAdditive();
                ExpectWord("and");
                var high = ParseAdditive();
                return new BetweenExpression(left, low, high, negated) { Position = position };
            case "like" or "ilike":
                if (IsWord("any") || IsWord("all") || IsWord("some"))
                    throw new SqlSyntaxException("LIKE ANY / LIKE ALL are not supported", Current.Position);
                var pattern = ParseAdditive();
                var escape = TakeWord("escape") ? ParseAdditive() : null;
                return new LikeExpression(left, pattern, escape, word == "ilike", negated) { Position = position };
            default:
                return new RegexMatchExpression(left, ParseAdditive(), negated) { Position = position };
        }
    }

    private Expression ParseIsSuffix(Expression left, SourcePosition position)
    {
        var negated = TakeWord("not");
        if (TakeWord("null"))
            return new IsNullExpression(left, negated) { Position = position };
        if (TakeWord("true"))
            return new IsBooleanExpression(left, true, negated) { Position = position };
        if (TakeWord("false"))
            return new IsBooleanExpression(left, false, negated) { Position = position };
        if (TakeWord("distinct"))
        {
            ExpectWord("from");
            return new IsDistinctFromExpression(left, ParseAdditive(), negated) { Position = position };
        }
        throw Unexpected("NULL, TRUE, FALSE or DISTINCT FROM");
    }

    private Expression ParseInSuffix(Expression left, bool negated, SourcePosition position)
    {
        Expect(TokenKind.LeftParen, "'('");
        if (IsWord("select") || IsWord("with"))
        {
            var query = ParseQuery();
            Expect(TokenKind.RightParen, "')'");
            return new InSubqueryExpression(left, query, negated) { Position = position };
        }
        var items = ParseExpressionList();
        Expect(TokenKind.RightParen, "')'");
        return new InListExpression(left, items, negated) { Position = position };
    }

    private Expression ParseAdditive()
    {
        var left = ParseMultiplicative();
        var entered = 0;
        while (true)
        {
            BinaryOperator? op = Current.Kind switch
            {
                TokenKind.Plus => BinaryOperator.Add,
                TokenKind.Minus => BinaryOperator.Subtract,
                TokenKind.Concat => BinaryOperator.Concat,
                _ => null,
            };
            if (op is null)
                break;
            Enter();
            entered++;
            var position = Take().Position;
            left = new BinaryExpression(left, op.Value, ParseMultiplicative()) { Position = position };
        }
        Exit(entered);
        return left;
    }

    private Expression ParseMultiplicative()
    {
        var left = ParseUnary();
        var entered = 0;
        while (true)
        {
            BinaryOperator? op = Current.Kind switch
            {
                TokenKind.Star => BinaryOperator.Multiply,
                TokenKind.Slash => BinaryOperator.Divide,
                TokenKind.Percent => BinaryOperator.Modulo,
                TokenKind.Word when Current.Text == "div" => BinaryOperator.IntegerDivide,
                _ => null,
            };
            if (op is null)
                break;
            Enter();
            entered++;
            var position = Take().Position;
            left = new BinaryExpression(left, op.Value, ParseUnary()) { Position = position };
        }
        Exit(entered);
        return left;
    }

    private Expression ParseUnary()
    {
        UnaryOperator? op = Current.Kind switch
        {
            TokenKind.Minus => UnaryOperator.Negate,
            TokenKind.Plus => UnaryOperator.Plus,
            _ => null,
        };
        if (op is null)
            return ParsePostfix();
        var position = Take().Position;
        Enter();
        var operand = ParseUnary();
        Exit();
        return new UnaryExpression(op.Value, operand) { Position = position };
    }

    private Expression ParsePostfix()
    {
        var value = ParsePrimary();
        var entered = 0;
        while (Is(TokenKind.DoubleColon))
        {
            Enter();
            entered++;
            var position = Take().Position;
            value = new CastExpression(value, ParseTypeName(), false) { Position = position };
        }
        Exit(entered);
        return value;
    }

    private Expression ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                Take();
                return new NumberLiteral(token.Text) { Position = token.Position };
            case TokenKind.String:
                Take();
                return new StringLiteral(token.Text) { Position = token.Position };
            case TokenKind.Parameter:
                Take();
                return new Parameter(token.Text) { Position = token.Position };
            case TokenKind.LeftParen:
                return ParseParenthesized();
            case TokenKind.QuotedIdentifier:
                return ParseColumnReference();
            case TokenKind.Word:
                return ParseWordPrimary();
            default:
                throw Unexpected("an expression");
        }
    }

    private Expression ParseParenthesized()
    {
        var start = Take().Position;
        Enter();
        Expression result;
        if (IsWord("select") || IsWord("with"))
            result = new ScalarSubquery(ParseQuery()) { Position = start };
        else
        {
            result = ParseExpression();
            if (Is(TokenKind.Comma))
                throw new SqlSyntaxException("row constructors (a, b) are not supported", Current.Position);
        }
        Exit();
        Expect(TokenKind.RightParen, "')'");
        return result;
    }

    private Expression ParseWordPrimary()
    {
        var token = Current;
        var next = PeekToken();
        switch (token.Text)
        {
            case "true" or "false":
                Take();
                return new BooleanLiteral(token.Text == "true") { Position = token.Position };
            case "null":
                Take();
                return new NullLiteral { Position = token.Position };
            case "date" or "timestamp" or "timestamp_ntz" or "timestamp_ltz" or "time" when next.Kind == TokenKind.String:
                return ParseTemporalLiteral();
            case "interval":
                return ParseInterval();
            case "case":
                return ParseCase();
            case "exists" when next.Kind == TokenKind.LeftParen:
                Take();
                Take();
                var query = ParseQuery();
                Expect(TokenKind.RightParen, "')'");
                return new ExistsExpression(query) { Position = token.Position };
            case "current_date" or "current_timestamp" or "localtimestamp" when next.Kind != TokenKind.LeftParen:
                Take();
                return new FunctionCall(new Identifier(token.Text) { Position = token.Position }, SyntaxList<Expression>.Empty, false, false, null)
                {
                    Position = token.Position,
                };
        }
        if (next.Kind == TokenKind.LeftParen)
            return ParseCall();
        if (Keywords.Reserved.Contains(token.Text))
            throw new SqlSyntaxException($"unexpected keyword '{token.Text}'", token.Position);
        return ParseColumnReference();
    }

    private ColumnReference ParseColumnReference()
    {
        var start = Current.Position;
        var parts = new List<Identifier> { ParseName("a column name") };
        while (Is(TokenKind.Dot))
        {
            Take();
            if (Is(TokenKind.Star))
                throw new SqlSyntaxException("'*' is only allowed directly in the select list", Current.Position);
            parts.Add(ParseName("a column name"));
            if (parts.Count > 3)
                throw new SqlSyntaxException("column names may have at most three parts (schema.table.column)", start);
        }
        if (Is(TokenKind.LeftParen))
            throw new SqlSyntaxException("qualified function names are not supported", Current.Position);
        return new ColumnReference(new SyntaxList<Identifier>(parts)) { Position = start };
    }

    private CaseExpression ParseCase()
    {
        var start = Take().Position;
        Enter();
        var operand = IsWord("when") ? null : ParseExpression();
        var whens = new List<WhenClause>();
        while (IsWord("when"))
        {
            var position = Take().Position;
            var condition = ParseExpression();
            ExpectWord("then");
            whens.Add(new WhenClause(condition, ParseExpression()) { Position = position });
        }
        if (whens.Count == 0)
            throw Unexpected("WHEN");
        var otherwise = TakeWord("else") ? ParseExpression() : null;
        ExpectWord("end");
        Exit();
        return new CaseExpression(operand, new SyntaxList<WhenClause>(whens), otherwise) { Position = start };
    }
}
