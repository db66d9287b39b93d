namespace Cleanroom.Sql.Ast;

/// <summary><c>column</c>, <c>table.column</c> or <c>schema.table.column</c>.</summary>
public sealed record ColumnReference(SyntaxList<Identifier> Parts) : Expression
{
    public Identifier Column => Parts[^1];

    /// <summary>The qualifier parts (table, or schema and table); empty when unqualified.</summary>
    public IEnumerable<Identifier> Qualifier => Parts.Take(Parts.Count - 1);
}
