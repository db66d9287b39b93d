using Cleanroom.Sql.Ast;

namespace Cleanroom.Rules.Checking;

/// <summary>The direct children of an expression: sub-expressions (window keys included) and nested queries.</summary>
internal static class SyntaxChildren
{
    public static IEnumerable<Expression> Expressions(Expression expression) => expression switch
    {
        FunctionCall call => call.Over is { } window
            ? [.. call.Arguments, .. window.PartitionBy, .. window.OrderBy.Select(o => o.Expression)]
            : call.Arguments,
        UnaryExpression unary => [unary.Operand],
        BinaryExpression binary => [binary.Left, binary.Right],
        BetweenExpression between => [between.Value, between.Low, between.High],
        InListExpression inList => [inList.Value, .. inList.Items],
        InSubqueryExpression inQuery => [inQuery.Value],
        LikeExpression like => like.Escape is null ? [like.Value, like.Pattern] : [like.Value, like.Pattern, like.Escape],
        RegexMatchExpression match => [match.Value, match.Pattern],
        IsNullExpression isNull => [isNull.Value],
        IsBooleanExpression isBoolean => [isBoolean.Value],
        IsDistinctFromExpression distinct => [distinct.Left, distinct.Right],
        CaseExpression caseExpression =>
        [
            .. caseExpression.Operand is null ? [] : new[] { caseExpression.Operand },
            .. caseExpression.Whens.SelectMany(w => new[] { w.Condition, w.Result }),
            .. caseExpression.Else is null ? [] : new[] { caseExpression.Else },
        ],
        CastExpression cast => [cast.Value],
        ExtractExpression extract => [extract.Value],
        _ => [],
    };

    public static Query? Subquery(Expression expression) => expression switch
    {
        ScalarSubquery scalar => scalar.Query,
        ExistsExpression exists => exists.Query,
        InSubqueryExpression inQuery => inQuery.Query,
        _ => null,
    };

    /// <summary>Every expression in the tree rooted here (pre-order), not descending into nested queries.</summary>
    public static IEnumerable<Expression> Descendants(Expression expression)
    {
        var pending = new Stack<Expression>();
        pending.Push(expression);
        while (pending.TryPop(out var next))
        {
            yield return next;
            foreach (var child in Expressions(next).Reverse())
                pending.Push(child);
        }
    }
}
