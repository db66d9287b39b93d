using Cleanroom.Rules.Checking;
using Cleanroom.Rules.Encryption;
using Cleanroom.Rules.Flat;
using Cleanroom.Rules.Policies;
using Cleanroom.Rules.Schema;
using Cleanroom.Sql.Ast;
using Cleanroom.Sql.Functions;
using Cleanroom.Sql.Rendering;
using Cleanroom.Sql.Walking;

namespace Cleanroom.Rules.Aggregation;

/// <summary>
/// AGGREGATION (spec 5.1): the grammar subset, every control of every referenced table, then the executable tree with
/// the thresholds in front of HAVING.
/// </summary>
internal static class AggregationChecker
{
    public static CheckResult Check(Query query, QueryContext context, TableReferences references)
    {
        var violations = new Violations();
        var flat = FlatQueryReader.Read(query, references, violations, RuleNames.AggregationStructure, "aggregation");
        if (flat is null)
            return violations.ToRejected();
        var select = flat.Select;
        var columns = new FlatColumns(flat.Instances, violations);
        var classes = new ColumnClasses(context.Encryption);
        var expressions = new AggregationExpressions(columns, classes, violations, new ValueFamilies(columns.StaticTypeOf));

        Structure(query, select, violations);
        foreach (var item in select.Items.OfType<ExpressionItem>())
            expressions.SelectItem(item.Expression);
        if (select.Where is not null)
            expressions.Where(select.Where);
        foreach (var key in select.GroupBy)
            expressions.Key(key, Clause.GroupBy);
        if (select.Having is not null)
            expressions.Having(select.Having);
        var aliases = select.Items.OfType<ExpressionItem>().Select(i => i.Alias?.Name).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var orderKeys = query.OrderBy.Select(o => o.Expression).Where(e => !IsAlias(e, aliases)).ToList();
        foreach (var key in orderKeys)
            expressions.Key(key, Clause.OrderBy);

        var edges = new JoinConditions(
            columns,
            classes,
            violations,
            t => ((AggregationRule)t.Rule).JoinColumns,
            t => ((AggregationRule)t.Rule).AllowedJoinOperators,
            RuleNames.AggregationJoinColumns,
            RuleNames.AggregationJoinOperators).Check(flat.Joins);
        RunnerConnectivity.Check(flat.Instances, edges, context.RunnerAccountId, i => ((AggregationRule)i.Table.Rule).JoinRequired, violations, RuleNames.JoinRequired);
        var thresholds = Thresholds.Of(flat.Instances, classes, violations);
        if (violations.Any)
            return violations.ToRejected();

        var rewriter = FlatRewrite.Rewriter(flat, columns);
        var grouping = new Grouping([.. select.GroupBy.Select(rewriter.RewriteExpression)], rewriter.RewriteExpression);
        foreach (var expression in select.Items.OfType<ExpressionItem>().Select(i => i.Expression).Concat(orderKeys))
        {
            if (grouping.Ungrouped(expression) is { } column && columns.Resolve(column) is { } resolved)
                violations.Add(RuleNames.Grouping, $"column {resolved.Display} must appear in GROUP BY or be used inside an aggregate function", column);
        }
        var names = OutputColumns.Of(select);
        OutputNames.RequireDistinct(names, select.Items, violations);
        if (violations.Any)
            return violations.ToRejected();

        var tree = rewriter.RewriteQuery(query);
        var rewritten = (SelectCore)tree.Body;
        tree = tree with { Body = rewritten with { Having = Thresholds.Having(thresholds, rewritten.Having) } };
        var options = new RenderOptions { ColumnType = c => rewriter.Types.TryGetValue(c, out var t) ? t : StaticType.Unknown };
        return new Accepted(new CheckedQuery(tree, AnalysisRuleType.Aggregation, references.Distinct, names, options));
    }

    private static void Structure(Query query, SelectCore select, Violations violations)
    {
        const string rule = RuleNames.AggregationStructure;
        if (select.Distinct)
            violations.Add(rule, "SELECT DISTINCT is not allowed in aggregation queries", select);
        if (select.Top is not null)
            violations.Add(rule, "TOP is not allowed in aggregation queries", select.Top);
        if (query.Limit is not null)
            violations.Add(rule, "LIMIT is not allowed in aggregation queries", query.Limit);
        if (query.Offset is not null)
            violations.Add(rule, "OFFSET is not allowed in aggregation queries", query.Offset);
        foreach (var star in select.Items.OfType<StarItem>())
            violations.Add(rule, "SELECT * is not allowed in aggregation queries", star);
        var aggregates = select.Items.OfType<ExpressionItem>()
            .SelectMany(i => SyntaxChildren.Descendants(i.Expression))
            .Any(AggregationExpressions.IsAggregate);
        if (!aggregates)
            violations.Add(rule, "aggregation queries must select at least one aggregate function (COUNT, SUM or AVG)", select);
    }

    private static bool IsAlias(Expression expression, IReadOnlySet<string> aliases) =>
        expression is ColumnReference { Parts.Count: 1 } column && aliases.Contains(column.Column.Name);
}
