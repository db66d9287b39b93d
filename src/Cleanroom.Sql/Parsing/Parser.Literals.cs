using System.Globalization;
using Cleanroom.Sql.Ast;
using Cleanroom.Sql.Lexing;

namespace Cleanroom.Sql.Parsing;

internal sealed partial class Parser
{
    private TypeName ParseTypeName()
    {
        var start = Current.Position;
        if (!Is(TokenKind.Word))
            throw Unexpected("a type name");
        var word = Take().Text;
        var kind = word switch
        {
            "string" or "text" => SqlTypeKind.String,
            "varchar" => SqlTypeKind.Varchar,
            "char" or "character" => SqlTypeKind.Char,
            "tinyint" or "byte" => SqlTypeKind.TinyInt,
            "smallint" or "short" => SqlTypeKind.SmallInt,
            "int" or "integer" => SqlTypeKind.Int,
            "bigint" or "long" => SqlTypeKind.BigInt,
            "float" or "real" or "float4" => SqlTypeKind.Float,
            "double" or "float8" => SqlTypeKind.Double,
            "decimal" or "dec" or "numeric" => SqlTypeKind.Decimal,
            "boolean" or "bool" => SqlTypeKind.Boolean,
            "date" => SqlTypeKind.Date,
            "timestamp" or "timestamp_ltz" => SqlTypeKind.Timestamp,
            "timestamp_ntz" => SqlTypeKind.TimestampNtz,
            "time" => SqlTypeKind.Time,
            "binary" or "varbyte" or "varbinary" => SqlTypeKind.Binary,
            "array" or "map" or "struct" or "super" or "list" or "union" or "json" or "variant" =>
                throw new SqlSyntaxException($"the type {word.ToUpperInvariant()} is not supported", start),
            "timestamptz" or "timetz" or "interval" =>
                throw new SqlSyntaxException($"casting to {word.ToUpperInvariant()} is not supported", start),
            _ => throw new SqlSyntaxException($"unknown type '{word}'", start),
        };
        if (kind == SqlTypeKind.Double)
            TakeWord("precision");
        if (kind == SqlTypeKind.Char && TakeWord("varying"))
            kind = SqlTypeKind.Varchar;
        if (kind == SqlTypeKind.Timestamp && (IsWord("with") || IsWord("without")))
            throw new SqlSyntaxException("time zone qualifiers on TIMESTAMP are not supported", Current.Position);
        return kind switch
        {
            SqlTypeKind.Varchar or SqlTypeKind.Char => new TypeName(kind, ParseOptionalLength(1, 65535), null) { Position = start },
            SqlTypeKind.Decimal => ParseDecimal(start),
            _ => new TypeName(kind, null, null) { Position = start },
        };
    }

    private int? ParseOptionalLength(int min, int max)
    {
        if (!TakeKind(TokenKind.LeftParen))
            return null;
        var value = ParseSmallInteger(min, max);
        Expect(TokenKind.RightParen, "')'");
        return value;
    }

    private TypeName ParseDecimal(SourcePosition start)
    {
        if (!TakeKind(TokenKind.LeftParen))
            return new TypeName(SqlTypeKind.Decimal, null, null) { Position = start };
        var precision = ParseSmallInteger(1, 38);
        int? scale = null;
        if (TakeKind(TokenKind.Comma))
        {
            var scaleToken = Current;
            scale = ParseSmallInteger(0, 38);
            if (scale > precision)
                throw new SqlSyntaxException("DECIMAL scale cannot exceed its precision", scaleToken.Position);
        }
        Expect(TokenKind.RightParen, "')'");
        return new TypeName(SqlTypeKind.Decimal, precision, scale) { Position = start };
    }

    private int ParseSmallInteger(int min, int max)
    {
        var token = Current;
        if (token.Kind != TokenKind.Number
            || !int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            || value < min || value > max)
            throw new SqlSyntaxException($"expected an integer from {min} to {max}", token.Position);
        Take();
        return value;
    }

    private TemporalLiteral ParseTemporalLiteral()
    {
        var start = Current.Position;
        var word = Take().Text;
        var valueToken = Take();
        var kind = word switch
        {
            "date" => TemporalKind.Date,
            "time" => TemporalKind.Time,
            _ => TemporalKind.Timestamp,
        };
        var normalized = TemporalText.Normalize(kind, valueToken.Text)
            ?? throw new SqlSyntaxException($"malformed {word.ToUpperInvariant()} literal", valueToken.Position);
        return new TemporalLiteral(kind, normalized) { Position = start };
    }

    private IntervalLiteral ParseInterval()
    {
        var start = Take().Position;
        var parts = new List<IntervalPart>();
        if (Is(TokenKind.String) && !IsIntervalUnit(PeekToken()))
        {
            var text = Take();
            parts.AddRange(ParseIntervalString(text));
        }
        else
        {
            do
                parts.Add(ParseIntervalQuantityAndUnit());
            while (Is(TokenKind.Number) || (Is(TokenKind.Minus) && PeekToken().Kind == TokenKind.Number) || (Is(TokenKind.String) && IsIntervalUnit(PeekToken())));
        }
        if (IsWord("to"))
            throw new SqlSyntaxException("interval ranges (… TO …) are not supported", Current.Position);
        return new IntervalLiteral(new SyntaxList<IntervalPart>(parts)) { Position = start };
    }

    private static bool IsIntervalUnit(Token token) =>
        token.Kind == TokenKind.Word && DateParts.TryParse(token.Text, out var part) && IsIntervalUnit(part);

    private static bool IsIntervalUnit(DatePart part) => DateParts.IsUnit(part);

    private IntervalPart ParseIntervalQuantityAndUnit()
    {
        var start = Current.Position;
        var negative = TakeKind(TokenKind.Minus);
        var quantityToken = Current;
        if (quantityToken.Kind is not (TokenKind.Number or TokenKind.String))
            throw Unexpected("an interval quantity");
        Take();
        var quantity = IntervalQuantity(quantityToken.Text.Trim(), quantityToken.Position);
        if (negative)
            quantity = quantity.StartsWith('-') ? quantity[1..] : "-" + quantity;
        if (!IsIntervalUnit(Current))
            throw Unexpected("an interval unit such as DAY");
        DateParts.TryParse(Take().Text, out var unit);
        return new IntervalPart(quantity, unit) { Position = start };
    }

    private static IEnumerable<IntervalPart> ParseIntervalString(Token token)
    {
        var words = token.Text.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length % 2 != 0)
            throw new SqlSyntaxException("malformed interval string; write e.g. INTERVAL '1' DAY", token.Position);
        for (var i = 0; i < words.Length; i += 2)
        {
            var quantity = IntervalQuantity(words[i], token.Position);
            if (!DateParts.TryParse(words[i + 1], out var unit) || !IsIntervalUnit(unit))
                throw new SqlSyntaxException("malformed interval string; unknown unit", token.Position);
            yield return new IntervalPart(quantity, unit) { Position = token.Position };
        }
    }

    private static string IntervalQuantity(string text, SourcePosition position)
    {
        var body = text.StartsWith('-') || text.StartsWith('+') ? text[1..] : text;
        if (body.Length is 0 or > 9 || !body.All(char.IsAsciiDigit))
            throw new SqlSyntaxException("interval quantities must be whole numbers", position);
        var value = long.Parse(body, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        return text.StartsWith('-') && value != "0" ? "-" + value : value;
    }
}
