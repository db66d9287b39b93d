using System.Globalization;
using Cleanroom.Sql.Ast;
using Cleanroom.Sql.Parsing;

namespace Cleanroom.Sql.Binding;

/// <summary>Parses a parameter value as its declared type and builds the literal node; null when it does not parse.</summary>
internal static class ParameterLiteral
{
    private static readonly string[] UsDates = ["M-d-yyyy", "M/d/yyyy"];

    public static Expression? Of(ParameterType type, string value) => type switch
    {
        ParameterType.Tinyint or ParameterType.Byte => Integer(value, sbyte.MinValue, sbyte.MaxValue, SqlTypeKind.TinyInt),
        ParameterType.Smallint or ParameterType.Short => Integer(value, short.MinValue, short.MaxValue, SqlTypeKind.SmallInt),
        ParameterType.Integer or ParameterType.Int => Integer(value, int.MinValue, int.MaxValue, SqlTypeKind.Int),
        ParameterType.Bigint or ParameterType.Long => Integer(value, long.MinValue, long.MaxValue, SqlTypeKind.BigInt),
        ParameterType.Decimal or ParameterType.Numeric => Decimal(value),
        ParameterType.Real or ParameterType.Float => Approximate(value, SqlTypeKind.Float),
        ParameterType.Double or ParameterType.DoublePrecision => Approximate(value, SqlTypeKind.Double),
        ParameterType.Boolean => value.Trim().ToLowerInvariant() switch
        {
            "true" => new BooleanLiteral(true),
            "false" => new BooleanLiteral(false),
            _ => null,
        },
        ParameterType.Char or ParameterType.Character or ParameterType.Varchar or ParameterType.String =>
            value.Contains('\0') ? null : new StringLiteral(value),
        ParameterType.Date => Date(value),
        ParameterType.Timestamp or ParameterType.TimestampNtz or ParameterType.TimestampLtz => Temporal(TemporalKind.Timestamp, value),
        ParameterType.Timestamptz => TimestampWithZone(value),
        ParameterType.Time or ParameterType.Timetz => Temporal(TemporalKind.Time, value),
        _ => Binary(value),
    };

    private static Expression? Integer(string text, long min, long max, SqlTypeKind kind)
    {
        if (!long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            return null;
        return Typed(Number(value.ToString(CultureInfo.InvariantCulture)), new TypeName(kind, null, null));
    }

    private static Expression? Decimal(string text)
    {
        if (!decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return null;
        var canonical = value.ToString(CultureInfo.InvariantCulture);
        var scale = canonical.Contains('.') ? canonical.Length - canonical.IndexOf('.') - 1 : 0;
        return Typed(Number(canonical), new TypeName(SqlTypeKind.Decimal, 38, System.Math.Min(scale, 38)));
    }

    private static Expression? Approximate(string text, SqlTypeKind kind)
    {
        if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            return null;
        var canonical = value.ToString("R", CultureInfo.InvariantCulture).ToLowerInvariant().Replace("e+", "e", StringComparison.Ordinal);
        return Typed(Number(canonical), new TypeName(kind, null, null));
    }

    // Negative values become a negation of a positive literal, the same tree the parser builds for "-5".
    private static Expression Number(string canonical) =>
        canonical.StartsWith('-')
            ? new UnaryExpression(UnaryOperator.Negate, new NumberLiteral(canonical[1..]))
            : new NumberLiteral(canonical);

    private static CastExpression Typed(Expression value, TypeName type) => new(value, type, false);

    private static Expression? Date(string text)
    {
        if (TemporalText.Normalize(TemporalKind.Date, text) is { } iso)
            return new TemporalLiteral(TemporalKind.Date, iso);
        return DateTime.TryParseExact(text.Trim(), UsDates, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new TemporalLiteral(TemporalKind.Date, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            : null;
    }

    private static TemporalLiteral? Temporal(TemporalKind kind, string text) =>
        TemporalText.Normalize(kind, text) is { } normalized ? new TemporalLiteral(kind, normalized) : null;

    private static TemporalLiteral? TimestampWithZone(string text)
    {
        if (Temporal(TemporalKind.Timestamp, text) is { } local)
            return local;
        return DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? new TemporalLiteral(TemporalKind.Timestamp, TemporalText.FormatTimestamp(value.UtcDateTime))
            : null;
    }

    private static FunctionCall? Binary(string hex)
    {
        var text = hex.Trim();
        if (text.Length % 2 != 0 || text.Length > 2000 || !text.All(char.IsAsciiHexDigit))
            return null;
        return new FunctionCall(new Identifier("unhex"), SyntaxList<Expression>.Of(new StringLiteral(text)), false, false, null);
    }
}
