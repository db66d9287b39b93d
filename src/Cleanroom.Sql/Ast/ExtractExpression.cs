namespace Cleanroom.Sql.Ast;

/// <summary><c>EXTRACT(field FROM value)</c>; the rule checker treats it as the scalar function EXTRACT.</summary>
public sealed record ExtractExpression(DatePart Field, Expression Value) : Expression;
