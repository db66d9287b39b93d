namespace Cleanroom.Sql.Ast;

/// <summary><c>DATE '…'</c>, <c>TIMESTAMP '…'</c> or <c>TIME '…'</c>; the value is validated and normalised at parse time.</summary>
public sealed record TemporalLiteral(TemporalKind Kind, string Value) : Expression;
