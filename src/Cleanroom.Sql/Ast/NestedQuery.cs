namespace Cleanroom.Sql.Ast;

/// <summary>A parenthesised query used as a set-operation term; it may carry its own ORDER BY and LIMIT.</summary>
public sealed record NestedQuery(Query Query) : QueryBody;
