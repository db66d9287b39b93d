using Cleanroom.Sql.Ast;
using Cleanroom.Sql.Binding;
using Cleanroom.Sql.Parsing;
using Cleanroom.Sql.Rendering;
using Cleanroom.Sql.Walking;

namespace Cleanroom.Sql.Tests;

public sealed class BindingAndWalkingTests
{
    private static Query Parse(string text) => SqlParser.Parse(text).Query ?? throw new InvalidOperationException(text);

    [Fact]
    public void Parameters_become_typed_literals_and_never_text()
    {
        var query = Parse("SELECT a FROM t WHERE d > :since AND s = :seg AND n < :n");
        var result = ParameterBinder.Bind(query,
            [new("since", ParameterType.Date), new("seg", ParameterType.Varchar), new("n", ParameterType.Integer, "10")],
            new Dictionary<string, string> { ["since"] = "05-01-2023", ["seg"] = "x' OR 1=1 --" });
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var rendered = DuckDbRenderer.Render(result.Query);
        Assert.Contains("DATE '2023-05-01'", rendered, StringComparison.Ordinal);
        Assert.Contains("'x'' OR 1=1 --'", rendered, StringComparison.Ordinal);
        Assert.Contains("TRY_CAST(10 AS INTEGER)", rendered, StringComparison.Ordinal);
    }

    [Fact]
    public void Binding_errors_name_the_parameter_not_the_value()
    {
        var query = Parse("SELECT a FROM t WHERE n = :n AND m = :undeclared AND k = :missing");
        var result = ParameterBinder.Bind(query,
            [new("n", ParameterType.Smallint), new("missing", ParameterType.Date)],
            new Dictionary<string, string> { ["n"] = "99999-secret", ["extra"] = "1" });
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Contains(":n", StringComparison.Ordinal) && e.Contains("SMALLINT", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Contains(":undeclared is not declared", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Contains(":missing has no value", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Contains(":extra", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Errors, e => e.Contains("secret", StringComparison.Ordinal));
        Assert.Throws<InvalidOperationException>(() => DuckDbRenderer.Render(query));
    }

    [Fact]
    public void Inventory_reports_nodes_with_their_clauses()
    {
        var inventory = QueryInventory.Of(Parse(
            "WITH c AS (SELECT x FROM base) SELECT upper(t.s), count(DISTINCT t.id), rank() OVER (PARTITION BY t.g ORDER BY t.v) " +
            "FROM t JOIN c ON t.x = c.x WHERE t.y IN (SELECT y FROM u) GROUP BY upper(t.s) HAVING sum(t.v) > CAST(1 AS INT)"));
        Assert.Equal(["base", "t", "c", "u"], inventory.Tables.Select(t => t.Node.Name.Name.Name));
        Assert.Equal(["count", "sum"], inventory.Aggregates.Select(a => a.Node.Name.Name));
        Assert.Equal(Clause.Having, inventory.Aggregates[1].Context.Clause);
        Assert.Equal("rank", Assert.Single(inventory.Windows).Node.Name.Name);
        Assert.Contains(inventory.Columns, c => c.Node.Column.Name == "g" && c.Context.Clause == Clause.WindowPartition);
        Assert.Contains(inventory.Columns, c => c.Node.Column.Name == "id" && c.Context.InAggregate);
        Assert.Contains(inventory.Columns, c => c.Node.Column.Name == "x" && c.Context.Clause == Clause.JoinCondition);
        Assert.Equal(2, inventory.Subqueries.Count);
        Assert.Single(inventory.CastsAndExtracts);
    }

    [Fact]
    public void Rewriting_renames_tables_adds_hidden_projections_and_wraps()
    {
        var query = Parse("SELECT p.segment, count(*) AS n FROM publisher p GROUP BY p.segment");
        Assert.Equal(query, new IdentityRewriter().RewriteQuery(query));

        var renamed = QueryComposition.RenameTables(query, t => t.Name.Name.Name == "publisher"
            ? new ObjectName(SyntaxList<Identifier>.Of(new Identifier("cr_view_1"))) : null);
        var hidden = QueryComposition.AddSelectItem(renamed,
            Parse("SELECT count(DISTINCT p.hashed_email)").Body is SelectCore { Items: [ExpressionItem item] } ? item.Expression : throw new InvalidOperationException(),
            new Identifier("cr_threshold_1"));
        var wrapped = QueryComposition.Wrap(hidden, new Identifier("q"),
            [new ExpressionItem(QueryComposition.Column("q", "segment"), null), new ExpressionItem(QueryComposition.Column("q", "n"), null)],
            Parse("SELECT q.cr_threshold_1 >= 100").Body is SelectCore { Items: [ExpressionItem condition] } ? condition.Expression : null);

        Assert.Equal(
            "SELECT q.segment, q.n FROM (SELECT p.segment, count(*) AS n, count(DISTINCT p.hashed_email) AS cr_threshold_1 FROM cr_view_1 AS p GROUP BY p.segment) AS q WHERE q.cr_threshold_1 >= 100",
            SqlPrinter.Print(wrapped));
        Assert.Equal(["segment", "n"], OutputColumns.Of(wrapped));
    }

    private sealed class IdentityRewriter : SqlRewriter;
}
