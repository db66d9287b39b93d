using Cleanroom.Rules.Checking;
using Cleanroom.Rules.Encryption;
using Cleanroom.Rules.Flat;
using Cleanroom.Rules.Policies;
using Cleanroom.Rules.Schema;
using Cleanroom.Sql.Ast;
using Cleanroom.Sql.Functions;
using Cleanroom.Sql.Rendering;
using Cleanroom.Sql.Walking;

namespace Cleanroom.Rules.Listing;

/// <summary>
/// LIST (spec 5.2): <c>SELECT DISTINCT</c> of bare list columns over INNER JOINs that connect every table to one the
/// query runner owns; WHERE over list columns only, with operators but no functions; LIMIT n and nothing else.
/// </summary>
internal sealed class ListChecker
{
    private const string Kind = "list";
    private readonly FlatColumns columns;
    private readonly ColumnClasses classes;
    private readonly Violations violations;

    private ListChecker(FlatColumns columns, ColumnClasses classes, Violations violations)
    {
        this.columns = columns;
        this.classes = classes;
        this.violations = violations;
    }

    public static CheckResult Check(Query query, QueryContext context, TableReferences references)
    {
        var violations = new Violations();
        var flat = FlatQueryReader.Read(query, references, violations, RuleNames.ListStructure, Kind);
        if (flat is null)
            return violations.ToRejected();
        var columns = new FlatColumns(flat.Instances, violations);
        var classes = new ColumnClasses(context.Encryption);
        var checker = new ListChecker(columns, classes, violations);
        var select = flat.Select;

        Structure(query, select, violations);
        foreach (var item in select.Items.OfType<ExpressionItem>())
            checker.SelectItem(item.Expression);
        if (select.Where is not null)
        {
            new Predicates(violations, new ValueFamilies(columns.StaticTypeOf), checker.Operand, RuleNames.ListStructure, Kind).Check(select.Where, Clause.Where);
        }
        var edges = new JoinConditions(
            columns,
            classes,
            violations,
            t => ((ListRule)t.Rule).JoinColumns,
            t => ((ListRule)t.Rule).AllowedJoinOperators,
            RuleNames.ListJoinColumns,
            RuleNames.ListJoinOperators).Check(flat.Joins);
        RunnerConnectivity.Check(flat.Instances, edges, context.RunnerAccountId, _ => true, violations, RuleNames.ListJoinRequired);
        var names = OutputColumns.Of(select);
        OutputNames.RequireDistinct(names, select.Items, violations);
        if (violations.Any)
            return violations.ToRejected();

        var rewriter = FlatRewrite.Rewriter(flat, columns);
        var tree = rewriter.RewriteQuery(query);
        var options = new RenderOptions { ColumnType = c => rewriter.Types.TryGetValue(c, out var t) ? t : StaticType.Unknown };
        return new Accepted(new CheckedQuery(tree, AnalysisRuleType.List, references.Distinct, names, options));
    }

    private static void Structure(Query query, SelectCore select, Violations violations)
    {
        const string rule = RuleNames.ListStructure;
        if (!select.Distinct)
            violations.Add(rule, "list queries must use SELECT DISTINCT", select);
        if (select.Top is not null)
            violations.Add(rule, "TOP is not allowed in list queries: use LIMIT", select.Top);
        if (select.GroupBy.Count > 0)
            violations.Add(rule, "GROUP BY is not allowed in list queries", select.GroupBy[0]);
        if (select.Having is not null)
            violations.Add(rule, "HAVING is not allowed in list queries", select.Having);
        if (query.OrderBy.Count > 0)
            violations.Add(rule, "ORDER BY is not allowed in list queries", query.OrderBy[0]);
        if (query.Offset is not null)
            violations.Add(rule, "OFFSET is not allowed in list queries", query.Offset);
        if (query.Limit is not null && !Literals.IsPositiveInteger(query.Limit))
            violations.Add(rule, "LIMIT takes a positive whole number", query.Limit);
        foreach (var star in select.Items.OfType<StarItem>())
            violations.Add(rule, "SELECT * is not allowed in list queries: name the list columns", star);
    }

    private void SelectItem(Expression expression)
    {
        if (expression is ColumnReference column)
            Column(column, Clause.Select, ColumnUse.Output);
        else if (expression is FunctionCall or CastExpression or ExtractExpression)
            violations.Add(RuleNames.ListStructure, "functions are not allowed in list queries", expression);
        else
            violations.Add(RuleNames.ListStructure, "list queries select bare list columns, optionally aliased", expression);
    }

    private void Operand(Expression expression, Clause clause)
    {
        if (FlatOperand.Common(expression, part => Operand(part, clause), violations, RuleNames.ListStructure, Kind))
            return;
        switch (expression)
        {
            case ColumnReference column:
                Column(column, clause, ColumnUse.Other);
                break;
            case FunctionCall or CastExpression or ExtractExpression:
                violations.Add(RuleNames.ListStructure, "functions are not allowed in list queries", expression);
                break;
            default:
                violations.Add(RuleNames.ListStructure, "WHERE operands must be list columns, literals or arithmetic of them", expression);
                break;
        }
    }

    private void Column(ColumnReference reference, Clause clause, ColumnUse use)
    {
        if (columns.Resolve(reference) is not { } column)
            return;
        var rule = (ListRule)column.Instance.Table.Rule;
        var place = ClauseNames.Of(clause);
        if (!JoinConditions.Contains(rule.ListColumns, column.Column.Name))
        {
            if (JoinConditions.Contains(rule.JoinColumns, column.Column.Name))
                violations.Add(RuleNames.ListJoinColumns, $"join column {column.Display} cannot be used in {place}: join columns can only be used in ON conditions", reference);
            else
                violations.Add(RuleNames.ListColumns, $"column {column.Display} is not a list column of table {column.Instance.Table.Name}, so it cannot be used in {place}", reference);
            return;
        }
        var kind = classes.Of(column.Column);
        if (classes.Misuse(kind, column.Display, use, place) is { } misuse)
            violations.Add(ColumnClasses.RuleFor(kind), misuse, reference);
    }
}
