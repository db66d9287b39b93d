using Cleanroom.Sql.Ast;

namespace Cleanroom.Sql.Walking;

/// <summary>
/// Rebuilds a tree bottom-up. Every method returns its node rebuilt from rewritten children; override one to
/// replace a kind of node (for example <see cref="RewriteNamedTable"/> to map association names to view names).
/// The default is the identity: an unmodified rewriter returns a tree equal to its input.
/// </summary>
public abstract class SqlRewriter
{
    public virtual Query RewriteQuery(Query query) => query with
    {
        With = Map(query.With, cte => cte with { Query = RewriteQuery(cte.Query) }),
        Body = RewriteBody(query.Body),
        OrderBy = Map(query.OrderBy, RewriteOrderItem),
        Limit = Optional(query.Limit),
        Offset = Optional(query.Offset),
    };

    public virtual QueryBody RewriteBody(QueryBody body) => body switch
    {
        SelectCore select => RewriteSelect(select),
        SetOperation set => set with { Left = RewriteBody(set.Left), Right = RewriteBody(set.Right) },
        NestedQuery nested => nested with { Query = RewriteQuery(nested.Query) },
        _ => body,
    };

    public virtual SelectCore RewriteSelect(SelectCore select) => select with
    {
        Top = Optional(select.Top),
        Items = Map(select.Items, RewriteSelectItem),
        From = Map(select.From, RewriteTable),
        Where = Optional(select.Where),
        GroupBy = Map(select.GroupBy, RewriteExpression),
        Having = Optional(select.Having),
    };

    public virtual SelectItem RewriteSelectItem(SelectItem item) => item switch
    {
        ExpressionItem expression => expression with { Expression = RewriteExpression(expression.Expression) },
        _ => item,
    };

    public virtual TableReference RewriteTable(TableReference table) => table switch
    {
        NamedTable named => RewriteNamedTable(named),
        DerivedTable derived => derived with { Query = RewriteQuery(derived.Query) },
        Join join => join with
        {
            Left = RewriteTable(join.Left),
            Right = RewriteTable(join.Right),
            Condition = join.Condition is OnCondition on ? on with { Condition = RewriteExpression(on.Condition) } : join.Condition,
        },
        _ => table,
    };

    public virtual TableReference RewriteNamedTable(NamedTable table) => table;

    public virtual OrderItem RewriteOrderItem(OrderItem item) => item with { Expression = RewriteExpression(item.Expression) };

    public virtual Expression RewriteColumn(ColumnReference column) => column;

    public virtual Expression RewriteParameter(Parameter parameter) => parameter;

    public virtual Expression RewriteFunction(FunctionCall call) => call with
    {
        Arguments = Map(call.Arguments, RewriteExpression),
        Over = call.Over is { } window ? RewriteWindow(window) : null,
    };

    public virtual WindowSpec RewriteWindow(WindowSpec window) => window with
    {
        PartitionBy = Map(window.PartitionBy, RewriteExpression),
        OrderBy = Map(window.OrderBy, RewriteOrderItem),
        Frame = window.Frame is { } frame
            ? frame with
            {
                Start = frame.Start with { Offset = Optional(frame.Start.Offset) },
                End = frame.End with { Offset = Optional(frame.End.Offset) },
            }
            : null,
    };

    public virtual Expression RewriteExpression(Expression expression) => expression switch
    {
        ColumnReference column => RewriteColumn(column),
        Parameter parameter => RewriteParameter(parameter),
        FunctionCall call => RewriteFunction(call),
        UnaryExpression unary => unary with { Operand = RewriteExpression(unary.Operand) },
        BinaryExpression binary => binary with { Left = RewriteExpression(binary.Left), Right = RewriteExpression(binary.Right) },
        BetweenExpression between => between with
        {
            Value = RewriteExpression(between.Value),
            Low = RewriteExpression(between.Low),
            High = RewriteExpression(between.High),
        },
        InListExpression inList => inList with { Value = RewriteExpression(inList.Value), Items = Map(inList.Items, RewriteExpression) },
        InSubqueryExpression inQuery => inQuery with { Value = RewriteExpression(inQuery.Value), Query = RewriteQuery(inQuery.Query) },
        LikeExpression like => like with
        {
            Value = RewriteExpression(like.Value),
            Pattern = RewriteExpression(like.Pattern),
            Escape = Optional(like.Escape),
        },
        RegexMatchExpression match => match with { Value = RewriteExpression(match.Value), Pattern = RewriteExpression(match.Pattern) },
        IsNullExpression isNull => isNull with { Value = RewriteExpression(isNull.Value) },
        IsBooleanExpression isBoolean => isBoolean with { Value = RewriteExpression(isBoolean.Value) },
        IsDistinctFromExpression distinct => distinct with { Left = RewriteExpression(distinct.Left), Right = RewriteExpression(distinct.Right) },
        CaseExpression caseExpression => caseExpression with
        {
            Operand = Optional(caseExpression.Operand),
            Whens = Map(caseExpression.Whens, w => w with { Condition = RewriteExpression(w.Condition), Result = RewriteExpression(w.Result) }),
            Else = Optional(caseExpression.Else),
        },
        CastExpression cast => cast with { Value = RewriteExpression(cast.Value) },
        ExtractExpression extract => extract with { Value = RewriteExpression(extract.Value) },
        ExistsExpression exists => exists with { Query = RewriteQuery(exists.Query) },
        ScalarSubquery subquery => subquery with { Query = RewriteQuery(subquery.Query) },
        _ => expression,
    };

    private Expression? Optional(Expression? expression) => expression is null ? null : RewriteExpression(expression);

    protected static SyntaxList<T> Map<T>(SyntaxList<T> items, Func<T, T> rewrite)
        where T : notnull =>
        items.Count == 0 ? items : new SyntaxList<T>(items.Select(rewrite));
}
