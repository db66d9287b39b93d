namespace Cleanroom.Sql.Ast;

/// <summary>A name. Names are case-insensitive, so <see cref="Name"/> is always folded to lower case.</summary>
public sealed record Identifier(string Name) : SqlNode;
