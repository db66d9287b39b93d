namespace Cleanroom.Sql.Ast;

/// <summary>One <c>quantity unit</c> component of an interval literal; the quantity is an integer text, possibly negative.</summary>
public sealed record IntervalPart(string Quantity, DatePart Unit) : SqlNode;
