using System.Globalization;
using Cleanroom.Rules.Checking;
using Cleanroom.Rules.Encryption;
using Cleanroom.Rules.Flat;
using Cleanroom.Rules.Policies;
using Cleanroom.Sql.Ast;

namespace Cleanroom.Rules.Aggregation;

/// <summary>
/// The threshold rewrite (spec 5.1.3): every table instance's output constraints are enforced on every output row,
/// whether or not the query mentions the column, as <c>COUNT(DISTINCT alias.column) &gt;= minimum</c> conjoined in
/// front of HAVING. HAVING filters groups one by one and ORDER BY sees only surviving rows, so neither can observe
/// a suppressed group; without GROUP BY the single row disappears when it fails.
/// </summary>
internal static class Thresholds
{
    public static IReadOnlyList<Threshold> Of(IReadOnlyList<TableInstance> instances, ColumnClasses classes, Violations violations)
    {
        var thresholds = new List<Threshold>();
        foreach (var instance in instances)
        {
            var rule = (AggregationRule)instance.Table.Rule;
            if (rule.OutputConstraints.Count == 0)
            {
                // Deny by default: the control plane requires a constraint, so a rule without one is not trusted.
                violations.Add(RuleNames.OutputConstraints, $"table {instance.Table.Name} has no output constraint, so it cannot be queried", instance.Node);
                continue;
            }
            foreach (var constraint in rule.OutputConstraints.GroupBy(c => c.ColumnName, StringComparer.OrdinalIgnoreCase))
            {
                var column = instance.Table.Columns.FirstOrDefault(c => string.Equals(c.Name, constraint.Key, StringComparison.OrdinalIgnoreCase));
                if (column is null)
                {
                    violations.Add(RuleNames.OutputConstraints, $"the output constraint of table {instance.Table.Name} names a column that is not available, so it cannot be enforced", instance.Node);
                    continue;
                }
                if (classes.Of(column) is EncryptionClass.Sealed or EncryptionClass.Encrypted)
                {
                    violations.Add(RuleNames.OutputConstraints, $"the output constraint on column {instance.Table.Name}.{column.Name} cannot be enforced: sealed values are all distinct", instance.Node);
                    continue;
                }
                thresholds.Add(new Threshold(instance, column.Name.ToLowerInvariant(), constraint.Max(c => c.Minimum)));
            }
        }
        return thresholds;
    }

    /// <summary>The thresholds, in FROM order, conjoined before the query's own HAVING (if any).</summary>
    public static Expression? Having(IReadOnlyList<Threshold> thresholds, Expression? having)
    {
        var conditions = thresholds.Select(t => (Expression)Condition(t)).ToList();
        if (having is not null)
            conditions.Add(having);
        return conditions.Count == 0 ? null : conditions.Aggregate((left, right) => new BinaryExpression(left, BinaryOperator.And, right));
    }

    // Spelled exactly as a user's COUNT(DISTINCT alias.column) is after qualification, so DuckDB computes it once.
    private static BinaryExpression Condition(Threshold threshold) =>
        new(
            new FunctionCall(
                new Identifier("count"),
                SyntaxList<Expression>.Of(new ColumnReference(SyntaxList<Identifier>.Of(threshold.Instance.Alias, new Identifier(threshold.Column)))),
                Distinct: true,
                Star: false,
                Over: null),
            BinaryOperator.GreaterOrEqual,
            new NumberLiteral(threshold.Minimum.ToString(CultureInfo.InvariantCulture)));
}
