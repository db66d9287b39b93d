namespace Cleanroom.Sql.Ast;

public sealed record BooleanLiteral(bool Value) : Expression;
