using Cleanroom.Sql.Ast;
using Cleanroom.Sql.Functions;

namespace Cleanroom.Sql.Walking;

/// <summary>
/// Everything a rule checker needs to look at, collected in one walk: table references (including CTE names used
/// as tables), column references, stars, function calls split into aggregates, windows and scalars, casts and
/// EXTRACTs (the scalar functions CAST and EXTRACT), parameters and nested queries.
/// </summary>
public sealed class QueryInventory : SqlWalker
{
    private readonly List<Occurrence<NamedTable>> tables = [];
    private readonly List<Occurrence<ColumnReference>> columns = [];
    private readonly List<Occurrence<StarItem>> stars = [];
    private readonly List<Occurrence<FunctionCall>> aggregates = [];
    private readonly List<Occurrence<FunctionCall>> windows = [];
    private readonly List<Occurrence<FunctionCall>> scalars = [];
    private readonly List<Occurrence<Expression>> castsAndExtracts = [];
    private readonly List<Occurrence<Parameter>> parameters = [];
    private readonly List<Occurrence<Query>> subqueries = [];
    private readonly List<Occurrence<Join>> joins = [];
    private readonly List<Occurrence<SelectCore>> selects = [];

    private QueryInventory()
    {
    }

    public IReadOnlyList<Occurrence<NamedTable>> Tables => tables;

    public IReadOnlyList<Occurrence<ColumnReference>> Columns => columns;

    public IReadOnlyList<Occurrence<StarItem>> Stars => stars;

    public IReadOnlyList<Occurrence<FunctionCall>> Aggregates => aggregates;

    public IReadOnlyList<Occurrence<FunctionCall>> Windows => windows;

    public IReadOnlyList<Occurrence<FunctionCall>> Scalars => scalars;

    public IReadOnlyList<Occurrence<Expression>> CastsAndExtracts => castsAndExtracts;

    public IReadOnlyList<Occurrence<Parameter>> Parameters => parameters;

    public IReadOnlyList<Occurrence<Query>> Subqueries => subqueries;

    public IReadOnlyList<Occurrence<Join>> Joins => joins;

    public IReadOnlyList<Occurrence<SelectCore>> Selects => selects;

    public static QueryInventory Of(Query query)
    {
        var inventory = new QueryInventory();
        inventory.Walk(query);
        return inventory;
    }

    protected override void OnTable(NamedTable table, WalkContext context) => tables.Add(new(table, context));

    protected override void OnColumn(ColumnReference column, WalkContext context) => columns.Add(new(column, context));

    protected override void OnStar(StarItem star, WalkContext context) => stars.Add(new(star, context));

    protected override void OnJoin(Join join, WalkContext context) => joins.Add(new(join, context));

    protected override void OnSelect(SelectCore select, WalkContext context) => selects.Add(new(select, context));

    protected override void OnSubquery(Query query, WalkContext context) => subqueries.Add(new(query, context));

    protected override void OnFunction(FunctionCall call, WalkContext context)
    {
        if (call.Over is not null)
            windows.Add(new(call, context));
        else if (FunctionCatalog.IsAggregate(call.Name.Name))
            aggregates.Add(new(call, context));
        else
            scalars.Add(new(call, context));
    }

    protected override void OnExpression(Expression expression, WalkContext context)
    {
        switch (expression)
        {
            case CastExpression or ExtractExpression:
                castsAndExtracts.Add(new(expression, context));
                break;
            case Parameter parameter:
                parameters.Add(new(parameter, context));
                break;
        }
    }
}
