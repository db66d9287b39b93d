using Cleanroom.Rules.Checking;
using Cleanroom.Sql.Ast;

namespace Cleanroom.Rules.Aggregation;

/// <summary>
/// Every column outside an aggregate in SELECT and ORDER BY must be covered by a GROUP BY key: the item is a key, or
/// each of its parts is (compared after qualification, so <c>x</c> and <c>t.x</c> are the same key).
/// </summary>
internal sealed class Grouping(IReadOnlyList<Expression> keys, Func<Expression, Expression> qualify)
{
    /// <summary>The first column reference not covered by a key, or null.</summary>
    public ColumnReference? Ungrouped(Expression expression)
    {
        if (keys.Contains(qualify(expression)) || Literals.IsConstant(expression) || AggregationExpressions.IsAggregate(expression))
            return null;
        if (expression is ColumnReference column)
            return column;
        return SyntaxChildren.Expressions(expression).Select(Ungrouped).FirstOrDefault(c => c is not null);
    }
}
