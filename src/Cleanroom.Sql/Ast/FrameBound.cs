namespace Cleanroom.Sql.Ast;

/// <summary>A window frame edge; <see cref="Offset"/> is set only for <c>n PRECEDING</c> / <c>n FOLLOWING</c>.</summary>
public sealed record FrameBound(FrameBoundKind Kind, Expression? Offset) : SqlNode;
