using Cleanroom.Sql.Ast;
using Cleanroom.Sql.Functions;
using Cleanroom.Sql.Walking;

namespace Cleanroom.Sql.Rendering;

/// <summary>
/// What the renderer needs to know before wrapping an expression in DuckDB's <c>try()</c>: whether it reads a column
/// (an expression of literals cannot fail on anyone's data), and whether it holds an aggregate, a window function or
/// a subquery, which <c>try()</c> does not accept.
/// </summary>
internal sealed class TryScope : SqlWalker
{
    private bool readsColumn;
    private bool aggregates;
    private bool refused;

    public static bool Admits(Expression expression)
    {
        var scope = Of(expression);
        return scope.readsColumn && !scope.refused;
    }

    /// <summary>Whether the expression aggregates at its own level (not inside a subquery).</summary>
    public static bool Aggregates(Expression expression) => Of(expression).aggregates;

    private static TryScope Of(Expression expression)
    {
        var scope = new TryScope();
        scope.Walk(expression);
        return scope;
    }

    protected override void OnColumn(ColumnReference column, WalkContext context) => readsColumn = true;

    protected override void OnFunction(FunctionCall call, WalkContext context)
    {
        var aggregate = call.Star || FunctionCatalog.IsAggregateCall(call);
        aggregates |= aggregate && context.Depth == 0;
        refused |= aggregate || call.Over is not null;
    }

    protected override void OnSubquery(Query query, WalkContext context) => refused = true;
}
