namespace Cleanroom.Sql.Ast;

/// <summary>The <c>OVER (…)</c> part of a window function call.</summary>
public sealed record WindowSpec(SyntaxList<Expression> PartitionBy, SyntaxList<OrderItem> OrderBy, WindowFrame? Frame) : SqlNode;
