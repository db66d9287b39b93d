using Cleanroom.Rules.Schema;
using Cleanroom.Sql.Ast;

namespace Cleanroom.Rules.Checking;

/// <summary>
/// Resolves every table name of a query, anywhere in it: to a CTE in scope, else to a collaboration table by
/// association name (case-insensitive). Anything else is unknown, and the message says no more than that.
/// </summary>
internal sealed class TableReferences
{
    private readonly Dictionary<NamedTable, SchemaTable> tables = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<NamedTable, CommonTableExpression> ctes = new(ReferenceEqualityComparer.Instance);
    private readonly List<SchemaTable> distinct = [];
    private readonly List<NamedTable> firsts = [];
    private readonly IReadOnlyList<SchemaTable> schema;
    private readonly Violations violations;

    private TableReferences(IReadOnlyList<SchemaTable> schema, Violations violations)
    {
        this.schema = schema;
        this.violations = violations;
    }

    /// <summary>Each referenced collaboration table once, in order of first reference.</summary>
    public IReadOnlyList<SchemaTable> Distinct => distinct;

    /// <summary>Every named reference to a collaboration table (self-joins give several).</summary>
    public IReadOnlyDictionary<NamedTable, SchemaTable> Tables => tables;

    public IReadOnlyDictionary<NamedTable, CommonTableExpression> Ctes => ctes;

    /// <summary>The first reference to a table of <see cref="Distinct"/>, for positions in messages.</summary>
    public NamedTable FirstReference(SchemaTable table) => firsts[distinct.IndexOf(table)];

    public static TableReferences Resolve(Query query, IReadOnlyList<SchemaTable> schema, Violations violations)
    {
        var references = new TableReferences(schema, violations);
        references.Visit(query, []);
        return references;
    }

    private void Visit(Query query, IReadOnlyList<CommonTableExpression> scope)
    {
        foreach (var cte in query.With)
        {
            // A non-recursive CTE does not see itself, only the ones defined before it.
            Visit(cte.Query, scope);
            scope = [.. scope, cte];
        }
        Body(query.Body, scope);
        foreach (var item in query.OrderBy)
            Expression(item.Expression, scope);
        Optional(query.Limit, scope);
        Optional(query.Offset, scope);
    }

    private void Body(QueryBody body, IReadOnlyList<CommonTableExpression> scope)
    {
        switch (body)
        {
            case SelectCore select:
                Optional(select.Top, scope);
                foreach (var item in select.Items.OfType<ExpressionItem>())
                    Expression(item.Expression, scope);
                foreach (var table in select.From)
                    Table(table, scope);
                Optional(select.Where, scope);
                foreach (var group in select.GroupBy)
                    Expression(group, scope);
                Optional(select.Having, scope);
                break;
            case SetOperation set:
                Body(set.Left, scope);
                Body(set.Right, scope);
                break;
            case NestedQuery nested:
                Visit(nested.Query, scope);
                break;
        }
    }

    private void Table(TableReference table, IReadOnlyList<CommonTableExpression> scope)
    {
        switch (table)
        {
            case NamedTable named:
                Named(named, scope);
                break;
            case DerivedTable derived:
                Visit(derived.Query, scope);
                break;
            case Join join:
                Table(join.Left, scope);
                Table(join.Right, scope);
                if (join.Condition is OnCondition on)
                    Expression(on.Condition, scope);
                break;
        }
    }

    private void Named(NamedTable named, IReadOnlyList<CommonTableExpression> scope)
    {
        if (named.Name.Parts.Count > 1)
        {
            violations.Add(RuleNames.Tables, "table names take no schema qualifier: use the table's association name", named);
            return;
        }
        var name = named.Name.Name.Name;
        for (var i = scope.Count - 1; i >= 0; i--)
        {
            if (string.Equals(scope[i].Name.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                ctes[named] = scope[i];
                return;
            }
        }
        var table = schema.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
        if (table is null)
        {
            violations.Add(RuleNames.Tables, $"unknown table {name}", named);
            return;
        }
        tables[named] = table;
        if (!distinct.Contains(table))
        {
            distinct.Add(table);
            firsts.Add(named);
        }
    }

    private void Optional(Expression? expression, IReadOnlyList<CommonTableExpression> scope)
    {
        if (expression is not null)
            Expression(expression, scope);
    }

    private void Expression(Expression expression, IReadOnlyList<CommonTableExpression> scope)
    {
        foreach (var node in SyntaxChildren.Descendants(expression))
        {
            if (SyntaxChildren.Subquery(node) is { } subquery)
                Visit(subquery, scope);
        }
    }
}
