namespace Cleanroom.Sql.Ast;

/// <summary>An analysis-template parameter <c>:name</c>; it must be bound to a typed literal before rendering.</summary>
public sealed record Parameter(string Name) : Expression;
