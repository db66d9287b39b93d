namespace Cleanroom.Sql.Ast;

/// <summary>A type in CAST or <c>::</c>. Spelling variants are normalised (LONG → BIGINT, BOOL → BOOLEAN …).</summary>
/// <param name="Length">VARCHAR/CHAR length, or DECIMAL precision.</param>
/// <param name="Scale">DECIMAL scale.</param>
public sealed record TypeName(SqlTypeKind Kind, int? Length, int? Scale) : SqlNode;
