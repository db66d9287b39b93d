namespace Cleanroom.Sql.Ast;

/// <summary>
/// Root of every syntax-tree family. The source position is carried for diagnostics but takes no part in
/// equality, so a tree re-parsed from printed text compares equal to the original.
/// </summary>
public abstract record SqlNode
{
    public SourcePosition Position { get; init; }

    public virtual bool Equals(SqlNode? other) => other is not null && EqualityContract == other.EqualityContract;

    public override int GetHashCode() => EqualityContract.GetHashCode();
}
