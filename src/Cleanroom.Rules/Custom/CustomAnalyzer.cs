using Cleanroom.Rules.Checking;
using Cleanroom.Rules.Encryption;
using Cleanroom.Rules.Policies;
using Cleanroom.Rules.Schema;
using Cleanroom.Sql.Ast;
using Cleanroom.Sql.Rendering;
using Cleanroom.Sql.Walking;

namespace Cleanroom.Rules.Custom;

/// <summary>
/// Resolves every name of a CUSTOM query — CTEs, derived tables, joins (USING too), correlated subqueries, stars,
/// select aliases — and follows each value to the collaboration columns it is computed from. On the way it checks
/// the C3R class of every column use, refuses disallowed output columns that reach the final projection, and records
/// the edits of the executable tree (views, generated aliases and CTE names, re-qualified columns).
/// </summary>
internal sealed partial class CustomAnalyzer
{
    private readonly TableReferences references;
    private readonly ColumnClasses classes;
    private readonly Violations violations;
    private readonly Dictionary<CommonTableExpression, (Identifier Name, IReadOnlyList<RelationColumn> Columns)> ctes = new(ReferenceEqualityComparer.Instance);
    private readonly string ctePrefix;
    private int aliasCount;
    private int cteCount;

    public CustomAnalyzer(TableReferences references, ColumnClasses classes, Violations violations, IEnumerable<string> viewNames)
    {
        this.references = references;
        this.classes = classes;
        this.violations = violations;
        // Generated CTE names shadow catalogue names inside the query, so none may look like a view's.
        ctePrefix = "cr_cte";
        var views = viewNames.ToList();
        while (views.Any(v => v.StartsWith(ctePrefix, StringComparison.OrdinalIgnoreCase)))
            ctePrefix += "_";
    }

    public TreeEdits Edits { get; } = new();

    /// <summary>The result columns of the query.</summary>
    public IReadOnlyList<RelationColumn> Analyze(Query query) => AnalyzeQuery(query, null, final: true);

    private IReadOnlyList<RelationColumn> AnalyzeQuery(Query query, Scope? outer, bool final)
    {
        foreach (var cte in query.With)
        {
            var columns = Renamed(AnalyzeQuery(cte.Query, outer, final: false), cte.Columns, cte, $"the CTE {cte.Name.Name}");
            var name = new Identifier($"{ctePrefix}{++cteCount}");
            ctes[cte] = (name, columns);
            Edits.CteNames[cte] = name;
        }
        IReadOnlyList<RelationColumn> outputs;
        if (query.Body is SelectCore select)
            outputs = Select(select, query.OrderBy, outer, final);
        else
        {
            outputs = Body(query.Body, outer, final);
            var results = new Scope(outer);
            results.Add(new Relation(null, new Identifier("cr_result"), outputs));
            foreach (var order in query.OrderBy)
                Expression(order.Expression, new Context(results, Clause.OrderBy, null, false), ColumnUse.Other);
        }
        foreach (var (limit, clause) in new[] { (query.Limit, Clause.Limit), (query.Offset, Clause.Offset) })
        {
            if (limit is not null)
                Expression(limit, new Context(new Scope(outer), clause, null, false), ColumnUse.Other);
        }
        return outputs;
    }

    private IReadOnlyList<RelationColumn> Body(QueryBody body, Scope? outer, bool final)
    {
        switch (body)
        {
            case SelectCore select:
                return Select(select, SyntaxList<OrderItem>.Empty, outer, final);
            case NestedQuery nested:
                return AnalyzeQuery(nested.Query, outer, final);
            case SetOperation set:
                var left = Body(set.Left, outer, final);
                var right = Body(set.Right, outer, final);
                if (left.Count != right.Count)
                {
                    violations.Add(RuleNames.CustomColumns, $"the two sides of {set.Operator.ToString().ToUpperInvariant()} return different numbers of columns", set);
                    return left;
                }
                return [.. left.Zip(right, (l, r) => l with { Value = ColumnValue.Derived([l.Value, r.Value]) with { Origin = MergedOrigin(l.Value, r.Value, set) } })];
            default:
                return [];
        }
    }

    private List<RelationColumn> Select(SelectCore select, SyntaxList<OrderItem> orderBy, Scope? outer, bool final)
    {
        var scope = new Scope(outer);
        foreach (var table in select.From)
            Table(table, scope, outer);
        var plain = new Context(scope, Clause.Select, null, false);
        if (select.Top is not null)
            Expression(select.Top, plain with { Clause = Clause.Top }, ColumnUse.Other);
        if (select.Where is not null)
            Expression(select.Where, plain with { Clause = Clause.Where }, ColumnUse.Other);

        var names = OutputColumns.Of(select);
        var outputs = new List<RelationColumn>();
        var aliases = new Dictionary<string, ColumnValue>(StringComparer.OrdinalIgnoreCase);
        var projected = final ? ColumnUse.Output : ColumnUse.PassedOn;
        for (var i = 0; i < select.Items.Count; i++)
        {
            switch (select.Items[i])
            {
                case StarItem star:
                    foreach (var column in Star(star, scope))
                    {
                        Use(column.Value, projected, "the output", star);
                        outputs.Add(column with { At = star });
                    }
                    break;
                case ExpressionItem item:
                    var value = Expression(item.Expression, plain, projected);
                    if (item.Alias is null && item.Expression is not ColumnReference)
                        Edits.ItemAliases[item] = new Identifier(names[i]);
                    if (item.Alias is { } alias)
                        aliases.TryAdd(alias.Name, value);
                    outputs.Add(new RelationColumn(names[i], value, item));
                    break;
            }
        }
        if (final)
        {
            foreach (var output in outputs)
                Disallowed(output);
        }
        foreach (var key in select.GroupBy)
            Expression(key, new Context(scope, Clause.GroupBy, aliases, false), ColumnUse.GroupKey);
        if (select.Having is not null)
            Expression(select.Having, new Context(scope, Clause.Having, aliases, false), ColumnUse.Other);
        foreach (var order in orderBy)
            Expression(order.Expression, new Context(scope, Clause.OrderBy, aliases, true), ColumnUse.Other);
        return outputs;
    }

    private void Disallowed(RelationColumn output)
    {
        foreach (var source in output.Value.Sources.Where(IsDisallowed).OrderBy(s => s.Display, StringComparer.Ordinal))
        {
            violations.Add(
                RuleNames.DisallowedOutputColumns,
                $"output column {output.Name} is derived from column {source.Display}, which table {source.Table.Name} does not allow in query output",
                output.At);
        }
    }

    private static bool IsDisallowed(SourceColumn source) =>
        source.Table.Rule is CustomRule rule
        && rule.DisallowedOutputColumns.Any(c => string.Equals(c, source.Column.Name, StringComparison.OrdinalIgnoreCase));

    private IEnumerable<RelationColumn> Star(StarItem star, Scope scope)
    {
        if (star.Qualifier is null)
            return scope.Star();
        var name = star.Qualifier.Name.Name;
        var relations = star.Qualifier.Parts.Count == 1 ? scope.FindRelation(name) : [];
        if (relations.Count != 1)
        {
            violations.Add(RuleNames.CustomColumns, relations.Count == 0 ? $"unknown table or alias {name}" : $"table name or alias {name} is used more than once in FROM", star);
            return [];
        }
        Edits.Stars[star] = new StarItem(new ObjectName(SyntaxList<Identifier>.Of(relations[0].Alias)));
        return relations[0].Columns;
    }

    private void Table(TableReference table, Scope scope, Scope? outer)
    {
        switch (table)
        {
            case NamedTable named:
                Named(named, scope);
                break;
            case DerivedTable derived:
                // Derived tables are not lateral: they see the enclosing query's outer scopes, not their FROM siblings.
                var columns = Renamed(AnalyzeQuery(derived.Query, outer, final: false), derived.ColumnAliases, derived, "the subquery");
                var alias = NextAlias();
                Edits.DerivedAliases[derived] = alias;
                scope.Add(new Relation(derived.Alias?.Name, alias, columns));
                break;
            case Join join:
                var leftStart = scope.Relations.Count;
                Table(join.Left, scope, outer);
                var rightStart = scope.Relations.Count;
                Table(join.Right, scope, outer);
                if (join.Condition is OnCondition on)
                    JoinCondition(on.Condition, new Context(scope, Clause.JoinCondition, null, false));
                else if (join.Condition is UsingCondition usingCondition)
                    Using(usingCondition, scope, leftStart, rightStart);
                break;
        }
    }

    private void Named(NamedTable named, Scope scope)
    {
        var alias = NextAlias();
        var name = named.Alias?.Name ?? named.Name.Name.Name;
        if (references.Tables.TryGetValue(named, out var table))
        {
            Edits.Tables[named] = ViewProjection.Of(table, alias);
            scope.Add(new Relation(name, alias, [.. table.Columns.Select(c => BaseColumn(table, c, named))]));
        }
        else if (references.Ctes.TryGetValue(named, out var cte) && ctes.TryGetValue(cte, out var definition))
        {
            Edits.Tables[named] = new NamedTable(new ObjectName(SyntaxList<Identifier>.Of(definition.Name)), alias) { Position = named.Position };
            scope.Add(new Relation(name, alias, definition.Columns));
        }
        else
            violations.Add(RuleNames.Tables, $"unknown table {named.Name.Name.Name}", named);
    }

    private RelationColumn BaseColumn(SchemaTable table, SchemaColumn column, SqlNode at)
    {
        var source = new SourceColumn(table, column);
        var origin = new ColumnOrigin(classes.Of(column), column.Name, GlueTypes.StaticTypeOf(column.Type), source.Display);
        return new RelationColumn(column.Name.ToLowerInvariant(), new ColumnValue(new HashSet<SourceColumn> { source }, origin), at);
    }

    private void Using(UsingCondition condition, Scope scope, int leftStart, int rightStart)
    {
        foreach (var name in condition.Columns)
        {
            var (left, right) = scope.UsingPair(name.Name, leftStart, rightStart);
            if (left is null || right is null)
            {
                violations.Add(RuleNames.CustomColumns, $"USING column {name.Name} must exist exactly once on each side of the join", name);
                continue;
            }
            foreach (var origin in new[] { left.Value.Origin, right.Value.Origin })
            {
                if (origin is { Class: not EncryptionClass.Cleartext })
                    violations.Add(ColumnClasses.RuleFor(origin.Class), $"column {origin.Display} is encrypted and cannot be joined with USING: join fingerprint columns with ON and an equality", name);
            }
            scope.Merge(name.Name, left, right);
        }
    }

    private ColumnOrigin? MergedOrigin(ColumnValue left, ColumnValue right, SqlNode at)
    {
        var (a, b) = (left.Origin, right.Origin);
        var (leftKind, rightKind) = (a?.Class ?? EncryptionClass.Cleartext, b?.Class ?? EncryptionClass.Cleartext);
        if (leftKind != rightKind)
        {
            violations.Add(
                ColumnClasses.JoinRuleFor(leftKind, rightKind),
                $"a set operation cannot combine a {Describe(leftKind)} column with a {Describe(rightKind)} one",
                at);
            return a;
        }
        if (a is null || b is null)
            return null;
        return a with
        {
            BaseName = string.Equals(a.BaseName, b.BaseName, StringComparison.OrdinalIgnoreCase) ? a.BaseName : null,
            Type = a.Type == b.Type ? a.Type : Sql.Functions.StaticType.Unknown,
        };
    }

    private IReadOnlyList<RelationColumn> Renamed(IReadOnlyList<RelationColumn> columns, SyntaxList<Identifier> names, SqlNode at, string what)
    {
        if (names.Count == 0)
            return columns;
        if (names.Count != columns.Count)
            violations.Add(RuleNames.CustomColumns, $"{what} names {names.Count} columns but its query returns {columns.Count}", at);
        return [.. columns.Zip(names, (column, name) => column with { Name = name.Name })];
    }

    private Identifier NextAlias() => new($"cr_t{++aliasCount}");

    private static string Describe(EncryptionClass kind) => kind == EncryptionClass.Encrypted ? "encrypted" : kind.ToString().ToLowerInvariant();

    private static string Spelled(ColumnReference column) => string.Join('.', column.Parts.Select(p => p.Name));

    private readonly record struct Context(Scope Scope, Clause Clause, IReadOnlyDictionary<string, ColumnValue>? Aliases, bool AliasFirst);
}
