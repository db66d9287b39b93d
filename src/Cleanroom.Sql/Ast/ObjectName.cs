namespace Cleanroom.Sql.Ast;

/// <summary>A table name: <c>table</c> or <c>schema.table</c> (nothing longer is accepted).</summary>
public sealed record ObjectName(SyntaxList<Identifier> Parts) : SqlNode
{
    /// <summary>The last part: the table's own name.</summary>
    public Identifier Name => Parts[^1];
}
