namespace Cleanroom.Sql.Ast;

/// <summary>
/// An interval. <c>INTERVAL '1' DAY</c>, <c>INTERVAL 1 DAY</c> and <c>INTERVAL '1 day'</c> all parse to the same node.
/// </summary>
public sealed record IntervalLiteral(SyntaxList<IntervalPart> Parts) : Expression;
