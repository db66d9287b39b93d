using Cleanroom.Rules.Schema;
using Cleanroom.Sql.Ast;

namespace Cleanroom.Rules.Checking;

/// <summary>
/// What a table reference becomes: <c>(SELECT allowed columns FROM view) AS alias</c>. Whatever the view holds,
/// only the allowed columns are reachable — by name, by star, or through correlation.
/// </summary>
internal static class ViewProjection
{
    public static DerivedTable Of(SchemaTable table, Identifier alias)
    {
        var select = new SelectCore(
            false,
            null,
            new SyntaxList<SelectItem>(table.Columns.Select(c =>
                (SelectItem)new ExpressionItem(new ColumnReference(SyntaxList<Identifier>.Of(new Identifier(c.Name.ToLowerInvariant()))), null))),
            SyntaxList<TableReference>.Of(new NamedTable(new ObjectName(SyntaxList<Identifier>.Of(new Identifier(table.ViewName))), null)),
            null,
            SyntaxList<Expression>.Empty,
            null);
        var query = new Query(SyntaxList<CommonTableExpression>.Empty, select, SyntaxList<OrderItem>.Empty, null, null);
        return new DerivedTable(query, alias, SyntaxList<Identifier>.Empty);
    }
}
