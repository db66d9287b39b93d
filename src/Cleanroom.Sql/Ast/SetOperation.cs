namespace Cleanroom.Sql.Ast;

/// <summary><c>left UNION|INTERSECT|EXCEPT [ALL] right</c>; MINUS is read as EXCEPT.</summary>
public sealed record SetOperation(QueryBody Left, SetOperator Operator, bool All, QueryBody Right) : QueryBody;
