namespace Cleanroom.Sql.Ast;

/// <summary>
/// A call of a catalogue function (the parser rejects unknown names). <see cref="Star"/> is <c>COUNT(*)</c>;
/// special syntaxes are normalised: <c>SUBSTRING(x FROM a FOR b)</c> → <c>substring(x, a, b)</c>,
/// <c>POSITION(a IN b)</c> → <c>position(a, b)</c>, <c>TRIM(LEADING c FROM s)</c> → <c>ltrim(s, c)</c>.
/// </summary>
public sealed record FunctionCall(
    Identifier Name,
    SyntaxList<Expression> Arguments,
    bool Distinct,
    bool Star,
    WindowSpec? Over) : Expression;
