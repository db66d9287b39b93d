namespace Cleanroom.Sql.Ast;

public sealed record ScalarSubquery(Query Query) : Expression;
