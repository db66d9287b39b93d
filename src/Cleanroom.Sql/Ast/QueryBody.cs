namespace Cleanroom.Sql.Ast;

/// <summary>The set-expression family: a SELECT, a set operation, or a parenthesised query.</summary>
public abstract record QueryBody : SqlNode;
