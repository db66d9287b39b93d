namespace Cleanroom.Sql.Ast;

public sealed record ExistsExpression(Query Query) : Expression;
