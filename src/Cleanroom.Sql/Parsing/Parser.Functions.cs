using Cleanroom.Sql.Ast;
using Cleanroom.Sql.Functions;
using Cleanroom.Sql.Lexing;

namespace Cleanroom.Sql.Parsing;

internal sealed partial class Parser
{
    private Expression ParseCall()
    {
        var nameToken = Current;
        Enter();
        var result = nameToken.Text switch
        {
            "cast" or "try_cast" => ParseCast(),
            "convert" => ParseConvert(),
            "extract" => ParseExtract(),
            "position" => ParsePosition(),
            "substring" or "substr" => ParseSubstring(),
            "trim" => ParseTrim(),
            "columns" => throw new SqlSyntaxException("COLUMNS(...) is DuckDB-only syntax and is not supported", nameToken.Position),
            _ => ParseGenericCall(),
        };
        Exit();
        return result;
    }

    private CastExpression ParseCast()
    {
        var start = Current.Position;
        var isTry = Take().Text == "try_cast";
        Take();
        var value = ParseExpression();
        ExpectWord("as");
        var type = ParseTypeName();
        Expect(TokenKind.RightParen, "')'");
        return new CastExpression(value, type, isTry) { Position = start };
    }

    // Legacy CONVERT(type, value) is a plain cast.
    private CastExpression ParseConvert()
    {
        var start = Take().Position;
        Take();
        var type = ParseTypeName();
        Expect(TokenKind.Comma, "','");
        var value = ParseExpression();
        Expect(TokenKind.RightParen, "')'");
        return new CastExpression(value, type, false) { Position = start };
    }

    private ExtractExpression ParseExtract()
    {
        var start = Take().Position;
        Take();
        var fieldToken = Current;
        if (fieldToken.Kind is not (TokenKind.Word or TokenKind.String) || !DateParts.TryParse(fieldToken.Text, out var field))
            throw new SqlSyntaxException("expected a date/time field such as YEAR, MONTH or DAY", fieldToken.Position);
        Take();
        ExpectWord("from");
        var value = ParseExpression();
        Expect(TokenKind.RightParen, "')'");
        return new ExtractExpression(field, value) { Position = start };
    }

    private Expression ParsePosition()
    {
        var nameToken = Take();
        Take();
        var first = ParseAdditive();
        if (!TakeWord("in"))
            return FinishGenericCall(nameToken, [first], distinct: false);
        var second = ParseExpression();
        Expect(TokenKind.RightParen, "')'");
        return Call(nameToken, "position", [first, second]);
    }

    private Expression ParseSubstring()
    {
        var nameToken = Take();
        Take();
        var value = ParseExpression();
        if (!TakeWord("from"))
            return FinishGenericCall(nameToken, [value], distinct: false);
        var arguments = new List<Expression> { value, ParseExpression() };
        if (TakeWord("for"))
            arguments.Add(ParseExpression());
        Expect(TokenKind.RightParen, "')'");
        return Call(nameToken, "substring", arguments);
    }

    private Expression ParseTrim()
    {
        var nameToken = Take();
        Take();
        var function = TakeWord("leading") ? "ltrim" : TakeWord("trailing") ? "rtrim" : TakeWord("both") ? "trim" : null;
        if (function is not null)
        {
            Expression? characters = IsWord("from") ? null : ParseExpression();
            ExpectWord("from");
            var source = ParseExpression();
            Expect(TokenKind.RightParen, "')'");
            return Call(nameToken, function, characters is null ? [source] : [source, characters]);
        }
        var first = ParseExpression();
        if (!TakeWord("from"))
            return FinishGenericCall(nameToken, [first], distinct: false);
        var from = ParseExpression();
        Expect(TokenKind.RightParen, "')'");
        return Call(nameToken, "trim", [from, first]);
    }

    private FunctionCall Call(Token nameToken, string name, List<Expression> arguments)
    {
        var call = new FunctionCall(
            new Identifier(name) { Position = nameToken.Position },
            new SyntaxList<Expression>(arguments),
            false,
            false,
            null) { Position = nameToken.Position };
        return Validate(call, nameToken.Position);
    }

    private Expression ParseGenericCall()
    {
        var nameToken = Take();
        Take();
        if (nameToken.Text == "count" && Is(TokenKind.Star))
        {
            Take();
            Expect(TokenKind.RightParen, "')'");
            return FinishCall(nameToken, [], distinct: false, star: true);
        }
        var distinct = false;
        if (TakeWord("distinct"))
            distinct = true;
        else if (IsWord("all") && PeekToken().Kind != TokenKind.RightParen)
            Take();
        if (TakeKind(TokenKind.RightParen))
        {
            if (distinct)
                throw Unexpected("an argument");
            return FinishCall(nameToken, [], distinct, star: false);
        }
        return FinishGenericCall(nameToken, [ParseExpression()], distinct);
    }

    // Continues an argument list whose first arguments are already parsed, then reads ')' and any OVER clause.
    private Expression FinishGenericCall(Token nameToken, List<Expression> arguments, bool distinct)
    {
        while (TakeKind(TokenKind.Comma))
            arguments.Add(ParseExpression());
        if (IsWord("order") || IsWord("ignore") || IsWord("respect"))
            throw new SqlSyntaxException("modifiers inside function arguments are not supported", Current.Position);
        Expect(TokenKind.RightParen, "')'");
        return FinishCall(nameToken, arguments, distinct, star: false);
    }

    private Expression FinishCall(Token nameToken, List<Expression> arguments, bool distinct, bool star)
    {
        if (IsWord("filter") || IsWord("within") || IsWord("ignore") || IsWord("respect"))
            throw new SqlSyntaxException(
                $"{Current.Text.ToUpperInvariant()} after a function call is not supported", Current.Position);
        WindowSpec? over = null;
        if (IsWord("over"))
        {
            Take();
            over = ParseWindowSpec();
        }
        var call = new FunctionCall(
            new Identifier(nameToken.Text) { Position = nameToken.Position },
            new SyntaxList<Expression>(arguments),
            distinct,
            star,
            over) { Position = nameToken.Position };
        return Validate(call, nameToken.Position);
    }

    private static FunctionCall Validate(FunctionCall call, SourcePosition position)
    {
        var name = call.Name.Name;
        if (!FunctionCatalog.TryGet(name, out var function))
            throw new SqlSyntaxException($"unknown function '{name}'", position);
        var count = call.Arguments.Count;
        if (call.Star && name != "count")
            throw new SqlSyntaxException($"'*' is not a valid argument of {name}", position);
        if (!call.Star && (count < function.MinArguments || count > function.MaxArguments))
            throw new SqlSyntaxException($"function {name} expects {function.ArityText} but was given {count}", position);
        if (call.Distinct && !function.Kind.HasFlag(FunctionKind.Aggregate))
            throw new SqlSyntaxException($"DISTINCT is only allowed in aggregate functions, and {name} is not one", position);
        if (call.Over is not null)
        {
            if (!function.Kind.HasFlag(FunctionKind.Window))
                throw new SqlSyntaxException($"{name} cannot be used as a window function", position);
            if (call.Distinct)
                throw new SqlSyntaxException("DISTINCT is not allowed in window functions", position);
        }
        else if (function.Kind == FunctionKind.Window)
            throw new SqlSyntaxException($"window function {name} requires an OVER clause", position);
        return function.Normalize(call, count);
    }

    private WindowSpec ParseWindowSpec()
    {
        var start = Current.Position;
        if (!Is(TokenKind.LeftParen))
            throw new SqlSyntaxException("named windows are not supported; write OVER (...)", start);
        Take();
        var partitionBy = SyntaxList<Expression>.Empty;
        if (IsWord("partition"))
        {
            Take();
            ExpectWord("by");
            partitionBy = ParseExpressionList();
        }
        var orderBy = SyntaxList<OrderItem>.Empty;
        if (IsWord("order"))
        {
            Take();
            ExpectWord("by");
            orderBy = ParseOrderItems();
        }
        WindowFrame? frame = null;
        if (IsWord("rows") || IsWord("range"))
            frame = ParseFrame();
        else if (IsWord("groups"))
            throw new SqlSyntaxException("GROUPS frames are not supported", Current.Position);
        Expect(TokenKind.RightParen, "')'");
        return new WindowSpec(partitionBy, orderBy, frame) { Position = start };
    }

    private WindowFrame ParseFrame()
    {
        var start = Current.Position;
        var unit = Take().Text == "rows" ? FrameUnit.Rows : FrameUnit.Range;
        FrameBound startBound;
        FrameBound endBound;
        if (TakeWord("between"))
        {
            startBound = ParseFrameBound();
            ExpectWord("and");
            endBound = ParseFrameBound();
        }
        else
        {
            startBound = ParseFrameBound();
            endBound = new FrameBound(FrameBoundKind.CurrentRow, null) { Position = start };
        }
        if (IsWord("exclude"))
            throw new SqlSyntaxException("frame exclusion is not supported", Current.Position);
        if (startBound.Kind == FrameBoundKind.UnboundedFollowing || endBound.Kind == FrameBoundKind.UnboundedPreceding)
            throw new SqlSyntaxException("invalid window frame bounds", start);
        return new WindowFrame(unit, startBound, endBound) { Position = start };
    }

    private FrameBound ParseFrameBound()
    {
        var start = Current.Position;
        if (TakeWord("unbounded"))
        {
            if (TakeWord("preceding"))
                return new FrameBound(FrameBoundKind.UnboundedPreceding, null) { Position = start };
            ExpectWord("following");
            return new FrameBound(FrameBoundKind.UnboundedFollowing, null) { Position = start };
        }
        if (TakeWord("current"))
        {
            ExpectWord("row");
            return new FrameBound(FrameBoundKind.CurrentRow, null) { Position = start };
        }
        var offset = ParseAdditive();
        if (TakeWord("preceding"))
            return new FrameBound(FrameBoundKind.Preceding, offset) { Position = start };
        ExpectWord("following");
        return new FrameBound(FrameBoundKind.Following, offset) { Position = start };
    }
}
