namespace Cleanroom.Sql.Parsing;

/// <summary>Robustness limits for parsing untrusted query text.</summary>
public sealed record ParserOptions
{
    /// <summary>Longest accepted query text, in characters (the Spark engine's 500,000 by default).</summary>
    public int MaxLength { get; init; } = 500_000;

    /// <summary>Deepest accepted nesting of queries, parentheses, operators and calls.</summary>
    public int MaxDepth { get; init; } = 200;

    public static ParserOptions Default { get; } = new();
}
