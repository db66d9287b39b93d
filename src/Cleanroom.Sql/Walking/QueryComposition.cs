using Cleanroom.Sql.Ast;

namespace Cleanroom.Sql.Walking;

/// <summary>Tree edits the planner needs: renaming tables, adding hidden projections, wrapping a query.</summary>
public static class QueryComposition
{
    /// <summary>Renames every table reference for which <paramref name="rename"/> returns a new name (CTE names included, so filter them).</summary>
    public static Query RenameTables(Query query, Func<NamedTable, ObjectName?> rename) =>
        new TableRenamer(rename).RewriteQuery(query);

    /// <summary>Appends <c>expression AS alias</c> to the select list of a query whose body is a single SELECT.</summary>
    /// <exception cref="InvalidOperationException">The body is a set operation or nested query.</exception>
    public static Query AddSelectItem(Query query, Expression expression, Identifier alias)
    {
        if (query.Body is not SelectCore select)
            throw new InvalidOperationException("only a query whose body is a single SELECT can take an extra projection");
        return query with { Body = select with { Items = select.Items.Add(new ExpressionItem(expression, alias)) } };
    }

    /// <summary>
    /// Builds <c>SELECT items FROM (inner) AS alias [WHERE where] [ORDER BY …]</c>: the shape used to filter on hidden
    /// columns and to project only the visible ones.
    /// </summary>
    public static Query Wrap(Query inner, Identifier alias, IEnumerable<SelectItem> items, Expression? where = null, IEnumerable<OrderItem>? orderBy = null)
    {
        var from = new DerivedTable(inner, alias, SyntaxList<Identifier>.Empty);
        var select = new SelectCore(
            false,
            null,
            new SyntaxList<SelectItem>(items),
            SyntaxList<TableReference>.Of(from),
            where,
            SyntaxList<Expression>.Empty,
            null);
        return new Query(
            SyntaxList<CommonTableExpression>.Empty,
            select,
            orderBy is null ? SyntaxList<OrderItem>.Empty : new SyntaxList<OrderItem>(orderBy),
            null,
            null);
    }

    /// <summary>A column reference from dotted parts, e.g. <c>Column("t", "x")</c>.</summary>
    public static ColumnReference Column(params string[] parts) =>
        new(new SyntaxList<Identifier>(parts.Select(p => new Identifier(p.ToLowerInvariant()))));

    private sealed class TableRenamer(Func<NamedTable, ObjectName?> rename) : SqlRewriter
    {
        public override TableReference RewriteNamedTable(NamedTable table) =>
            rename(table) is { } name ? table with { Name = name } : table;
    }
}
