using Cleanroom.Sql.Ast;
using Cleanroom.Sql.Functions;
using Cleanroom.Sql.Walking;

namespace Cleanroom.Rules.Checking;

/// <summary>Applies <see cref="TreeEdits"/>; records the static type of every column reference of the result that has one.</summary>
internal sealed class ExecutableTreeRewriter(TreeEdits edits) : SqlRewriter
{
    private readonly Dictionary<ColumnReference, StaticType> types = new(ReferenceEqualityComparer.Instance);

    /// <summary>Column types keyed by the nodes of the rewritten tree, for <c>RenderOptions.ColumnType</c>.</summary>
    public IReadOnlyDictionary<ColumnReference, StaticType> Types => types;

    public override Query RewriteQuery(Query query)
    {
        var rewritten = base.RewriteQuery(query);
        if (query.With.Count == 0)
            return rewritten;
        var with = rewritten.With;
        for (var i = 0; i < query.With.Count; i++)
        {
            if (edits.CteNames.TryGetValue(query.With[i], out var name))
                with = with.SetItem(i, with[i] with { Name = name });
        }
        return rewritten with { With = with };
    }

    public override TableReference RewriteTable(TableReference table)
    {
        var rewritten = base.RewriteTable(table);
        return table is DerivedTable derived && edits.DerivedAliases.TryGetValue(derived, out var alias) && rewritten is DerivedTable result
            ? result with { Alias = alias }
            : rewritten;
    }

    public override TableReference RewriteNamedTable(NamedTable table) =>
        edits.Tables.TryGetValue(table, out var replacement) ? replacement : table;

    public override SelectItem RewriteSelectItem(SelectItem item) => item switch
    {
        StarItem star when edits.Stars.TryGetValue(star, out var replacement) => replacement,
        ExpressionItem expression when edits.ItemAliases.TryGetValue(expression, out var alias) =>
            ((ExpressionItem)base.RewriteSelectItem(item)) with { Alias = alias },
        _ => base.RewriteSelectItem(item),
    };

    public override Expression RewriteColumn(ColumnReference column)
    {
        var result = edits.Columns.TryGetValue(column, out var replacement) ? replacement : column;
        if (edits.ColumnTypes.TryGetValue(column, out var type) && type != StaticType.Unknown)
            types[result] = type;
        return result;
    }
}
