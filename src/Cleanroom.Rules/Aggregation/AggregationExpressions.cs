using Cleanroom.Rules.Checking;
using Cleanroom.Rules.Encryption;
using Cleanroom.Rules.Flat;
using Cleanroom.Rules.Policies;
using Cleanroom.Rules.Schema;
using Cleanroom.Sql.Ast;
using Cleanroom.Sql.Functions;
using Cleanroom.Sql.Walking;

namespace Cleanroom.Rules.Aggregation;

/// <summary>
/// The expression rules of AGGREGATION (spec 5.1.2–5.1.3): dimension columns outside aggregates, aggregates over a
/// bare column whose (column, function) pair the owner granted, scalar functions every involved table allows, no
/// CASE, windows or subqueries, HAVING only as allowed aggregates compared with numeric literals.
/// </summary>
internal sealed class AggregationExpressions(FlatColumns columns, ColumnClasses classes, Violations violations, ValueFamilies families)
{
    private const string Kind = "aggregation";

    public void Where(Expression condition) =>
        new Predicates(violations, families, Value, RuleNames.AggregationStructure, Kind).Check(condition, Clause.Where);

    public void SelectItem(Expression expression)
    {
        if (expression is ColumnReference column)
            Column(column, Clause.Select, ColumnUse.Output);
        else
            Value(expression, Clause.Select);
    }

    /// <summary>A GROUP BY or ORDER BY key (select aliases in ORDER BY are handled by the caller).</summary>
    public void Key(Expression expression, Clause clause)
    {
        if (Literals.IsConstant(expression))
            violations.Add(RuleNames.AggregationStructure, $"{ClauseNames.Of(clause)} takes columns, aggregates or allowed scalar functions; ordinals and literals are not allowed", expression);
        else if (expression is ColumnReference column && clause == Clause.GroupBy)
            Column(column, clause, ColumnUse.GroupKey);
        else
            Value(expression, clause);
    }

    public void Having(Expression condition)
    {
        switch (condition)
        {
            case BinaryExpression { Operator: BinaryOperator.And or BinaryOperator.Or } logical:
                Having(logical.Left);
                Having(logical.Right);
                break;
            case BinaryExpression comparison when Operators.IsComparison(comparison.Operator)
                && ((IsAggregate(comparison.Left) && Literals.IsNumber(comparison.Right)) || (IsAggregate(comparison.Right) && Literals.IsNumber(comparison.Left))):
                Aggregate((FunctionCall)(IsAggregate(comparison.Left) ? comparison.Left : comparison.Right), Clause.Having);
                break;
            default:
                violations.Add(RuleNames.Having, "HAVING conditions must compare an allowed aggregate function with a numeric literal, combined with AND or OR", condition);
                break;
        }
    }

    public static bool IsAggregate(Expression expression) =>
        expression is FunctionCall { Over: null } call && FunctionCatalog.IsAggregate(call.Name.Name);

    private void Value(Expression expression, Clause clause)
    {
        if (FlatOperand.Common(expression, part => Value(part, clause), violations, RuleNames.AggregationStructure, Kind))
            return;
        switch (expression)
        {
            case ColumnReference column:
                Column(column, clause, ColumnUse.Other);
                break;
            case FunctionCall { Over: not null }:
                violations.Add(RuleNames.AggregationStructure, "window functions are not allowed in aggregation queries", expression);
                break;
            case FunctionCall call when FunctionCatalog.IsAggregate(call.Name.Name):
                if (clause is Clause.Select or Clause.OrderBy)
                    Aggregate(call, clause);
                else
                    violations.Add(RuleNames.AggregationStructure, $"aggregate functions are not allowed in {ClauseNames.Of(clause)}", expression);
                break;
            case FunctionCall or CastExpression or ExtractExpression:
                Scalar(expression);
                foreach (var argument in SyntaxChildren.Expressions(expression))
                    Value(argument, clause);
                break;
            default:
                violations.Add(RuleNames.AggregationStructure, $"{ClauseNames.Of(clause)} takes columns, aggregate functions and allowed scalar functions; a condition is not allowed here", expression);
                break;
        }
    }

    private void Column(ColumnReference reference, Clause clause, ColumnUse use)
    {
        if (columns.Resolve(reference) is not { } column)
            return;
        var rule = RuleOf(column.Instance.Table);
        var name = column.Column.Name;
        if (!JoinConditions.Contains(rule.DimensionColumns, name))
        {
            var place = ClauseNames.Of(clause);
            if (JoinConditions.Contains(rule.JoinColumns, name))
                violations.Add(RuleNames.AggregationJoinColumns, $"join column {column.Display} cannot be used in {place}: join columns can only be used in ON conditions (and inside an aggregate function the rule grants)", reference);
            else if (rule.AggregateColumns.Any(a => JoinConditions.Contains(a.ColumnNames, name)))
                violations.Add(RuleNames.DimensionColumns, $"aggregate column {column.Display} can only be used inside an aggregate function the rule grants, not in {place}", reference);
            else
                violations.Add(RuleNames.DimensionColumns, $"column {column.Display} is not a dimension column of table {column.Instance.Table.Name}, so it cannot be used in {place}", reference);
            return;
        }
        Encryption(column, reference, use, ClauseNames.Of(clause));
    }

    private void Aggregate(FunctionCall call, Clause clause)
    {
        var name = call.Name.Name.ToUpperInvariant();
        if (name is not ("COUNT" or "SUM" or "AVG"))
        {
            violations.Add(RuleNames.AggregateColumns, $"aggregate function {name} is not allowed: only COUNT, COUNT(DISTINCT), SUM, SUM(DISTINCT) and AVG", call);
            return;
        }
        if (call.Star)
        {
            violations.Add(RuleNames.AggregateColumns, "COUNT(*) is not allowed: count a column the rule grants, with COUNT(column) or COUNT(DISTINCT column)", call);
            return;
        }
        if (name == "AVG" && call.Distinct)
        {
            violations.Add(RuleNames.AggregateColumns, "AVG(DISTINCT …) is not allowed", call);
            return;
        }
        if (call.Arguments is not [ColumnReference reference])
        {
            violations.Add(RuleNames.AggregateColumns, $"{name} takes a bare column: expressions inside aggregate functions are not allowed", call);
            return;
        }
        if (columns.Resolve(reference) is not { } column)
            return;
        var function = (name, call.Distinct) switch
        {
            ("COUNT", true) => AggregateFunction.CountDistinct,
            ("COUNT", false) => AggregateFunction.Count,
            ("SUM", true) => AggregateFunction.SumDistinct,
            ("SUM", false) => AggregateFunction.Sum,
            _ => AggregateFunction.Avg,
        };
        var display = call.Distinct ? $"{name}(DISTINCT)" : name;
        var rule = RuleOf(column.Instance.Table);
        if (!rule.AggregateColumns.Any(a => a.Function == function && JoinConditions.Contains(a.ColumnNames, column.Column.Name)))
        {
            violations.Add(RuleNames.AggregateColumns, $"{display} is not allowed on column {column.Display}", call);
            return;
        }
        var use = function switch
        {
            AggregateFunction.Count => ColumnUse.Count,
            AggregateFunction.CountDistinct => ColumnUse.CountDistinct,
            _ => ColumnUse.Other,
        };
        Encryption(column, reference, use, display);
    }

    /// <summary>A function must be allowed by every table whose columns it reads, or by every table when it reads none.</summary>
    private void Scalar(Expression use)
    {
        var name = (ScalarFunctionAllowList.NameOf(use) ?? "function").ToUpperInvariant();
        var tables = SyntaxChildren.Descendants(use)
            .OfType<ColumnReference>()
            .Select(columns.Resolve)
            .OfType<ResolvedColumn>()
            .Select(c => c.Instance.Table)
            .Distinct()
            .ToList();
        if (tables.Count == 0)
            tables = [.. columns.Instances.Select(i => i.Table).Distinct()];
        foreach (var table in tables)
        {
            if (!ScalarFunctionAllowList.IsAllowed(use, RuleOf(table).ScalarFunctions))
                violations.Add(RuleNames.ScalarFunctions, $"function {name} is not allowed by table {table.Name}", use);
        }
    }

    private void Encryption(ResolvedColumn column, ColumnReference reference, ColumnUse use, string place)
    {
        var kind = classes.Of(column.Column);
        if (classes.Misuse(kind, column.Display, use, place) is { } misuse)
            violations.Add(ColumnClasses.RuleFor(kind), misuse, reference);
    }

    private static AggregationRule RuleOf(SchemaTable table) => (AggregationRule)table.Rule;
}
