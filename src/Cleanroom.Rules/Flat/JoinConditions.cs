using Cleanroom.Rules.Checking;
using Cleanroom.Rules.Encryption;
using Cleanroom.Rules.Policies;
using Cleanroom.Rules.Schema;
using Cleanroom.Sql.Ast;

namespace Cleanroom.Rules.Flat;

/// <summary>
/// Checks every ON condition of a flat query: an AND/OR tree of equalities, each between join columns of a table
/// already in FROM and of the table being joined, with each operator allowed by every table of the query
/// (default AND only). Returns the equalities as edges between table instances.
/// </summary>
internal sealed class JoinConditions(
    FlatColumns columns,
    ColumnClasses classes,
    Violations violations,
    Func<SchemaTable, IReadOnlyList<string>> joinColumns,
    Func<SchemaTable, IReadOnlyList<JoinOperator>> allowedOperators,
    string joinColumnRule,
    string operatorRule)
{
    private readonly List<(int From, int To)> edges = [];
    private readonly Dictionary<JoinOperator, SqlNode> operatorsUsed = [];
    private readonly ValueFamilies families = new(columns.StaticTypeOf);

    public IReadOnlyList<(int From, int To)> Check(IReadOnlyList<JoinClause> joins)
    {
        foreach (var join in joins)
            Condition(join.Condition, join);
        foreach (var (used, at) in operatorsUsed)
        {
            foreach (var table in columns.Instances.Select(i => i.Table).Distinct())
            {
                var allowed = allowedOperators(table) is { Count: > 0 } list ? list : [JoinOperator.And];
                if (!allowed.Contains(used))
                    violations.Add(operatorRule, $"{used.ToString().ToUpperInvariant()} is not allowed in join conditions by table {table.Name}", at);
            }
        }
        return edges;
    }

    private void Condition(Expression condition, JoinClause join)
    {
        switch (condition)
        {
            case BinaryExpression { Operator: BinaryOperator.And or BinaryOperator.Or } logical:
                operatorsUsed.TryAdd(logical.Operator == BinaryOperator.And ? JoinOperator.And : JoinOperator.Or, logical);
                Condition(logical.Left, join);
                Condition(logical.Right, join);
                break;
            case BinaryExpression { Operator: BinaryOperator.Equal, Left: ColumnReference left, Right: ColumnReference right } equality:
                Equality(equality, left, right, join);
                break;
            default:
                violations.Add(joinColumnRule, "join conditions must be equalities between join columns, combined with AND or OR", condition);
                break;
        }
    }

    private void Equality(BinaryExpression equality, ColumnReference leftReference, ColumnReference rightReference, JoinClause join)
    {
        var left = columns.Resolve(leftReference);
        var right = columns.Resolve(rightReference);
        if (left is null || right is null)
            return;
        foreach (var (side, reference) in new[] { (left, leftReference), (right, rightReference) })
        {
            if (!Contains(joinColumns(side.Instance.Table), side.Column.Name))
                violations.Add(joinColumnRule, $"column {side.Display} is not a join column of table {side.Instance.Table.Name}, so it cannot be used in ON", reference);
        }
        var (a, b) = (left.Instance.Index, right.Instance.Index);
        if (a == b)
        {
            violations.Add(joinColumnRule, "a join equality must compare columns of two different tables", equality);
            return;
        }
        if (!(join.Left.Contains(a) && join.Right.Contains(b)) && !(join.Left.Contains(b) && join.Right.Contains(a)))
        {
            violations.Add(joinColumnRule, "each join equality must compare a column of the table being joined with a column of a table before it", equality);
            return;
        }
        // Columns of different kinds would be cast row by row, and a value that does not convert fails the query: an
        // oracle on the other table's data.
        if (families.Incomparable(leftReference, rightReference) is { } mismatch)
            violations.Add(RuleNames.Types, mismatch, equality);
        var (leftKind, rightKind) = (classes.Of(left.Column), classes.Of(right.Column));
        if (classes.JoinMisuse(leftKind, left.Display, left.Column.Name, rightKind, right.Display, right.Column.Name) is { } misuse)
            violations.Add(ColumnClasses.JoinRuleFor(leftKind, rightKind), misuse, equality);
        edges.Add((a, b));
    }

    public static bool Contains(IEnumerable<string> names, string name) =>
        names.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
}
