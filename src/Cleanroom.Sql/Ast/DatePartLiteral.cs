namespace Cleanroom.Sql.Ast;

/// <summary>
/// The unit argument of DATEADD / DATE_DIFF / DATE_TRUNC / DATE_PART (written bare, <c>day</c>, or quoted, <c>'day'</c>).
/// It is a unit, never a column, so the rule checker does not see it as a column reference.
/// </summary>
public sealed record DatePartLiteral(DatePart Part) : Expression;
