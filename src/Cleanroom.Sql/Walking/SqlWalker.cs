using Cleanroom.Sql.Ast;
using Cleanroom.Sql.Functions;

namespace Cleanroom.Sql.Walking;

/// <summary>
/// Visits every node of a query in source order, telling each hook the clause it sits in. Override the hooks you
/// need; the walk itself always descends into every child, including subqueries and CTE bodies.
/// </summary>
public abstract class SqlWalker
{
    protected virtual void OnQuery(Query query, WalkContext context)
    {
    }

    protected virtual void OnSelect(SelectCore select, WalkContext context)
    {
    }

    protected virtual void OnTable(NamedTable table, WalkContext context)
    {
    }

    protected virtual void OnJoin(Join join, WalkContext context)
    {
    }

    protected virtual void OnColumn(ColumnReference column, WalkContext context)
    {
    }

    protected virtual void OnStar(StarItem star, WalkContext context)
    {
    }

    protected virtual void OnFunction(FunctionCall call, WalkContext context)
    {
    }

    protected virtual void OnExpression(Expression expression, WalkContext context)
    {
    }

    /// <summary>Called for every nested query: CTE bodies, derived tables, IN/EXISTS/scalar subqueries, nested set terms.</summary>
    protected virtual void OnSubquery(Query query, WalkContext context)
    {
    }

    public void Walk(Query query) => Query(query, new WalkContext(Clause.Select, 0, false, false, false));

    /// <summary>Walks one expression (and any subqueries in it) as if it stood in a SELECT list.</summary>
    public void Walk(Expression expression) => Expression(expression, new WalkContext(Clause.Select, 0, false, false, false));

    private void Query(Query query, WalkContext context)
    {
        OnQuery(query, context);
        foreach (var cte in query.With)
            Nested(cte.Query, context with { InCte = true });
        Body(query.Body, context);
        foreach (var item in query.OrderBy)
            Expression(item.Expression, context with { Clause = Clause.OrderBy });
        if (query.Limit is not null)
            Expression(query.Limit, context with { Clause = Clause.Limit });
        if (query.Offset is not null)
            Expression(query.Offset, context with { Clause = Clause.Offset });
    }

    private void Nested(Query query, WalkContext context)
    {
        var inner = context with { Depth = context.Depth + 1, InAggregate = false, InWindow = false };
        OnSubquery(query, context);
        Query(query, inner with { Clause = Clause.Select });
    }

    private void Body(QueryBody body, WalkContext context)
    {
        switch (body)
        {
            case SelectCore select:
                Select(select, context);
                break;
            case SetOperation set:
                Body(set.Left, context);
                Body(set.Right, context);
                break;
            case NestedQuery nested:
                Nested(nested.Query, context);
                break;
        }
    }

    private void Select(SelectCore select, WalkContext context)
    {
        OnSelect(select, context);
        if (select.Top is not null)
            Expression(select.Top, context with { Clause = Clause.Top });
        foreach (var item in select.Items)
        {
            switch (item)
            {
                case ExpressionItem expressionItem:
                    Expression(expressionItem.Expression, context with { Clause = Clause.Select });
                    break;
                case StarItem star:
                    OnStar(star, context with { Clause = Clause.Select });
                    break;
            }
        }
        foreach (var table in select.From)
            Table(table, context with { Clause = Clause.From });
        if (select.Where is not null)
            Expression(select.Where, context with { Clause = Clause.Where });
        foreach (var group in select.GroupBy)
            Expression(group, context with { Clause = Clause.GroupBy });
        if (select.Having is not null)
            Expression(select.Having, context with { Clause = Clause.Having });
    }

    private void Table(TableReference table, WalkContext context)
    {
        switch (table)
        {
            case NamedTable named:
                OnTable(named, context);
                break;
            case DerivedTable derived:
                Nested(derived.Query, context);
                break;
            case Join join:
                OnJoin(join, context);
                Table(join.Left, context);
                Table(join.Right, context);
                if (join.Condition is OnCondition on)
                    Expression(on.Condition, context with { Clause = Clause.JoinCondition });
                break;
        }
    }

    private void Expression(Expression expression, WalkContext context)
    {
        OnExpression(expression, context);
        switch (expression)
        {
            case ColumnReference column:
                OnColumn(column, context);
                break;
            case FunctionCall call:
                Call(call, context);
                break;
            case UnaryExpression unary:
                Expression(unary.Operand, context);
                break;
            case BinaryExpression binary:
                Expression(binary.Left, context);
                Expression(binary.Right, context);
                break;
            case BetweenExpression between:
                Expression(between.Value, context);
                Expression(between.Low, context);
                Expression(between.High, context);
                break;
            case InListExpression inList:
                Expression(inList.Value, context);
                foreach (var item in inList.Items)
                    Expression(item, context);
                break;
            case InSubqueryExpression inQuery:
                Expression(inQuery.Value, context);
                Nested(inQuery.Query, context);
                break;
            case LikeExpression like:
                Expression(like.Value, context);
                Expression(like.Pattern, context);
                if (like.Escape is not null)
                    Expression(like.Escape, context);
                break;
            case RegexMatchExpression match:
                Expression(match.Value, context);
                Expression(match.Pattern, context);
                break;
            case IsNullExpression isNull:
                Expression(isNull.Value, context);
                break;
            case IsBooleanExpression isBoolean:
                Expression(isBoolean.Value, context);
                break;
            case IsDistinctFromExpression distinct:
                Expression(distinct.Left, context);
                Expression(distinct.Right, context);
                break;
            case CaseExpression caseExpression:
                if (caseExpression.Operand is not null)
                    Expression(caseExpression.Operand, context);
                foreach (var when in caseExpression.Whens)
                {
                    Expression(when.Condition, context);
                    Expression(when.Result, context);
                }
                if (caseExpression.Else is not null)
                    Expression(caseExpression.Else, context);
                break;
            case CastExpression cast:
                Expression(cast.Value, context);
                break;
            case ExtractExpression extract:
                Expression(extract.Value, context);
                break;
            case ExistsExpression exists:
                Nested(exists.Query, context);
                break;
            case ScalarSubquery subquery:
                Nested(subquery.Query, context);
                break;
        }
    }

    private void Call(FunctionCall call, WalkContext context)
    {
        OnFunction(call, context);
        var inner = call.Over is not null
            ? context with { InWindow = true }
            : FunctionCatalog.IsAggregateCall(call) ? context with { InAggregate = true } : context;
        foreach (var argument in call.Arguments)
            Expression(argument, inner);
        if (call.Over is not { } window)
            return;
        foreach (var partition in window.PartitionBy)
            Expression(partition, inner with { Clause = Clause.WindowPartition });
        foreach (var order in window.OrderBy)
            Expression(order.Expression, inner with { Clause = Clause.WindowOrder });
        if (window.Frame is { } frame)
        {
            foreach (var offset in new[] { frame.Start.Offset, frame.End.Offset })
            {
                if (offset is not null)
                    Expression(offset, inner with { Clause = Clause.WindowFrame });
            }
        }
    }
}
