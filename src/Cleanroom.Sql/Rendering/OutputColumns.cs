using Cleanroom.Sql.Ast;

namespace Cleanroom.Sql.Rendering;

/// <summary>
/// The names of a query's result columns, as they appear in result headers: the alias; else the column name;
/// else a Spark-style name printed from the expression with unqualified columns (<c>count(DISTINCT x)</c>,
/// <c>count(1)</c> for <c>COUNT(*)</c>). A star item yields <c>*</c> or <c>t.*</c>, which the caller expands.
/// </summary>
public static class OutputColumns
{
    public static IReadOnlyList<string> Of(Query query) => Of(Leftmost(query.Body));

    public static IReadOnlyList<string> Of(SelectCore select) => [.. select.Items.Select(Name)];

    private static SelectCore Leftmost(QueryBody body)
    {
        while (true)
        {
            switch (body)
            {
                case SelectCore select:
                    return select;
                case SetOperation set:
                    body = set.Left;
                    break;
                case NestedQuery nested:
                    body = nested.Query.Body;
                    break;
                default:
                    throw new InvalidOperationException("unexpected query body");
            }
        }
    }

    private static string Name(SelectItem item) => item switch
    {
        StarItem { Qualifier: null } => "*",
        StarItem star => string.Join('.', star.Qualifier.Parts.Select(p => p.Name)) + ".*",
        ExpressionItem { Alias: { } alias } => alias.Name,
        ExpressionItem { Expression: ColumnReference column } => column.Column.Name,
        ExpressionItem { Expression: FunctionCall { Star: true } call } => call.Name.Name + "(1)",
        ExpressionItem expression => Spelling(expression.Expression),
        _ => throw new InvalidOperationException("unexpected select item"),
    };

    private static string Spelling(Expression expression)
    {
        var writer = new CanonicalWriter(unqualifiedColumns: true);
        writer.Expression(expression);
        return writer.ToString();
    }
}
