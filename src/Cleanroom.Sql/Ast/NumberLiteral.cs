namespace Cleanroom.Sql.Ast;

/// <summary>A numeric literal kept as its canonical text (digits, optional fraction, optional exponent).</summary>
public sealed record NumberLiteral(string Text) : Expression
{
    /// <summary>True for an integer literal (no fraction, no exponent).</summary>
    public bool IsInteger => Text.AsSpan().IndexOfAny('.', 'e') < 0;

    /// <summary>True for an approximate (exponent) literal, which Spark types as DOUBLE.</summary>
    public bool IsApproximate => Text.Contains('e', StringComparison.Ordinal);
}
