using Cleanroom.Rules.Checking;
using Cleanroom.Sql.Ast;

namespace Cleanroom.Rules.Flat;

/// <summary>
/// The executable tree of a flat query: each table instance becomes a projection of its view under a generated
/// alias, and every column reference is qualified with that alias.
/// </summary>
internal static class FlatRewrite
{
    public static ExecutableTreeRewriter Rewriter(FlatQuery flat, FlatColumns columns)
    {
        var edits = new TreeEdits();
        foreach (var instance in flat.Instances)
            edits.Tables[instance.Node] = ViewProjection.Of(instance.Table, instance.Alias);
        foreach (var (reference, column) in columns.Resolved)
        {
            edits.Columns[reference] = new ColumnReference(SyntaxList<Identifier>.Of(column.Instance.Alias, new Identifier(column.Column.Name.ToLowerInvariant())))
            {
                Position = reference.Position,
            };
            edits.ColumnTypes[reference] = GlueTypes.StaticTypeOf(column.Column.Type);
        }
        return new ExecutableTreeRewriter(edits);
    }
}
