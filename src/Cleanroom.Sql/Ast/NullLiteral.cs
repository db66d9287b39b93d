namespace Cleanroom.Sql.Ast;

public sealed record NullLiteral : Expression;
