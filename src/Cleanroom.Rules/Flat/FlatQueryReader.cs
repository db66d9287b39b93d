using Cleanroom.Rules.Checking;
using Cleanroom.Sql.Ast;

namespace Cleanroom.Rules.Flat;

/// <summary>
/// Reads the FROM clause of an AGGREGATION or LIST query: one table, or tables joined only with
/// <c>[INNER] JOIN … ON</c>. Everything else in FROM — CTEs, set operations, derived tables, comma, CROSS, OUTER,
/// SEMI/ANTI joins, USING — is refused. Returns null when no usable shape remains.
/// </summary>
internal sealed class FlatQueryReader
{
    private readonly TableReferences references;
    private readonly Violations violations;
    private readonly string rule;
    private readonly string kind;
    private readonly List<TableInstance> instances = [];
    private readonly List<JoinClause> joins = [];

    private FlatQueryReader(TableReferences references, Violations violations, string rule, string kind)
    {
        this.references = references;
        this.violations = violations;
        this.rule = rule;
        this.kind = kind;
    }

    /// <param name="kind">"aggregation" or "list", for messages.</param>
    public static FlatQuery? Read(Query query, TableReferences references, Violations violations, string rule, string kind) =>
        new FlatQueryReader(references, violations, rule, kind).Read(query);

    private FlatQuery? Read(Query query)
    {
        if (query.With.Count > 0)
            violations.Add(rule, $"WITH (common table expressions) is not allowed in {kind} queries", query.With[0]);
        if (query.Body is not SelectCore select)
        {
            var what = query.Body is SetOperation ? "set operations (UNION, INTERSECT, EXCEPT)" : "parenthesised queries";
            violations.Add(rule, $"{what} are not allowed in {kind} queries", query.Body);
            return null;
        }
        if (select.From.Count == 0)
        {
            violations.Add(rule, $"{kind} queries must read a table in FROM", select);
            return null;
        }
        for (var i = 0; i < select.From.Count; i++)
        {
            if (i > 0)
                violations.Add(rule, "comma-separated tables are not allowed: join tables with INNER JOIN … ON", select.From[i]);
            Table(select.From[i]);
        }
        foreach (var duplicate in instances.GroupBy(i => i.ReferenceName, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            violations.Add(rule, $"table name or alias {duplicate.Key} is used more than once: give each occurrence its own alias", duplicate.ElementAt(1).Node);
        return instances.Count == 0 ? null : new FlatQuery(query, select, instances, joins);
    }

    private HashSet<int> Table(TableReference table)
    {
        switch (table)
        {
            case NamedTable named when references.Tables.TryGetValue(named, out var schemaTable):
                var index = instances.Count;
                instances.Add(new TableInstance(index, named, schemaTable, named.Alias?.Name ?? named.Name.Name.Name, new Identifier($"cr_t{index + 1}")));
                return [index];
            case DerivedTable derived:
                violations.Add(rule, $"subqueries in FROM are not allowed in {kind} queries", derived);
                return [];
            case Join join:
                var left = Table(join.Left);
                var right = Table(join.Right);
                Check(join);
                if (join is { Kind: JoinKind.Inner, Condition: OnCondition on })
                    joins.Add(new JoinClause(on.Condition, left, right));
                return [.. left, .. right];
            default:
                return [];
        }
    }

    private void Check(Join join)
    {
        var name = join.Kind switch
        {
            JoinKind.Left => "LEFT JOIN",
            JoinKind.Right => "RIGHT JOIN",
            JoinKind.Full => "FULL JOIN",
            JoinKind.Cross => "CROSS JOIN",
            JoinKind.LeftSemi => "LEFT SEMI JOIN",
            JoinKind.LeftAnti => "LEFT ANTI JOIN",
            _ => null,
        };
        if (name is not null)
            violations.Add(rule, $"{name} is not allowed in {kind} queries: only INNER JOIN", join.Right);
        else if (join.Condition is null)
            violations.Add(rule, "a join needs an ON condition (a join without one is a CROSS JOIN)", join.Right);
        if (join.Condition is UsingCondition usingCondition)
            violations.Add(rule, "USING is not allowed: write the join condition with ON", usingCondition);
    }
}
