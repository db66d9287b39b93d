namespace Cleanroom.Sql.Ast;

/// <summary>A complete query: optional CTEs, a body, and the ordering and row limits that apply to the body.</summary>
public sealed record Query(
    SyntaxList<CommonTableExpression> With,
    QueryBody Body,
    SyntaxList<OrderItem> OrderBy,
    Expression? Limit,
    Expression? Offset) : SqlNode;
