using System.Text.RegularExpressions;
using Cleanroom.Rules.Schema;
using Cleanroom.Rules.Tests.Generated;
using Cleanroom.Rules.Tests.Support;
using Cleanroom.Sql.Ast;
using Cleanroom.Sql.Walking;

namespace Cleanroom.Rules.Tests;

/// <summary>
/// Properties of every executable tree the checker produced for the case files and the generators: it reads only the
/// given views, each through a projection of exactly the table's allowed columns, and no other name stands where a
/// table goes. And properties of every rejection: messages never quote a literal of the query.
/// </summary>
public sealed partial class ExecutableTreeTests
{
    [Fact]
    public void Executable_trees_read_only_the_views_each_through_its_allowed_columns()
    {
        var checkedQueries = 0;
        foreach (var (sql, context) in Accepted())
        {
            var query = Assert.IsType<Accepted>(Checks.Run(sql, context), exactMatch: false).Query;
            var views = context.Tables.ToDictionary(t => t.ViewName, StringComparer.OrdinalIgnoreCase);
            var tables = TableUses.Of(query.ExecutableTree);
            foreach (var (name, select) in tables.Named)
            {
                if (tables.CteNames.Contains(name))
                    continue;
                Assert.True(views.TryGetValue(name, out var table), $"{sql}: the executable tree reads {name}");
                AssertProjectsAllowedColumns(select, table!, sql);
            }
            var rendered = Checks.Render(query);
            foreach (Match match in TablePosition().Matches(rendered))
            {
                var name = match.Groups[1].Value;
                Assert.True(views.ContainsKey(name) || tables.CteNames.Contains(name), $"{sql}: rendered SQL reads {name}");
            }
            foreach (var table in context.Tables.Where(t => !string.Equals(t.Name, t.ViewName, StringComparison.OrdinalIgnoreCase)))
                Assert.DoesNotMatch($@"(FROM|JOIN)\s+""{Regex.Escape(table.Name)}""", rendered);
            checkedQueries++;
        }
        Assert.True(checkedQueries > 500, $"only {checkedQueries} accepted queries");
    }

    [Fact]
    public void Rejections_never_quote_a_literal_of_the_query()
    {
        var rejections = 0;
        foreach (var entry in CaseFile.All().Where(c => !c.Allowed))
        {
            var rejected = Assert.IsType<Rejected>(Checks.Run(entry.Sql, entry.Context()));
            var identifiers = Identifier().Matches(entry.Sql.Replace("'", " ", StringComparison.Ordinal)).Select(m => m.Value.ToLowerInvariant()).ToHashSet();
            foreach (Match literal in StringLiteral().Matches(entry.Sql))
            {
                var value = literal.Groups[1].Value;
                if (value.Length < 3 || identifiers.Contains(value.ToLowerInvariant()) || value.StartsWith("arn:", StringComparison.Ordinal))
                    continue;
                Assert.All(rejected.Violations, v => Assert.DoesNotContain(value, v.Message, StringComparison.OrdinalIgnoreCase));
            }
            rejections++;
        }
        Assert.True(rejections > 150, $"only {rejections} rejections");
    }

    private static void AssertProjectsAllowedColumns(SelectCore select, SchemaTable table, string sql)
    {
        var projected = select.Items.Select(i => Assert.IsType<ExpressionItem>(i).Expression).Select(e => Assert.IsType<ColumnReference>(e).Column.Name);
        Assert.True(projected.SequenceEqual(table.Columns.Select(c => c.Name.ToLowerInvariant())), $"{sql}: {table.ViewName} is not read through its allowed columns");
        Assert.True(select is { Where: null, Having: null, GroupBy.Count: 0, From.Count: 1 }, $"{sql}: the view projection does more than project");
    }

    private static IEnumerable<(string Sql, QueryContext Context)> Accepted()
    {
        foreach (var entry in CaseFile.All().Where(c => c.Allowed))
            yield return (entry.Sql, entry.Context());
        for (var seed = 0; seed < GeneratedAggregationTests.Count; seed++)
        {
            var query = GeneratedAggregation.Random(new Random(seed));
            var tables = AggregationWorld.Tables(query.AdvMinimum, query.PubMinimum, query.RetMinimum);
            yield return (query.Sql(), new QueryContext(AggregationWorld.Runner, [.. tables.Select(t => t.Schema)]));
        }
        var lists = new QueryContext(ListWorld.Runner, [.. ListWorld.Tables.Select(t => t.Schema)]);
        for (var seed = 0; seed < GeneratedListTests.Count; seed++)
            yield return (GeneratedList.Random(new Random(seed)).Sql(), lists);
        var custom = Setup.Load("custom-d").Context();
        for (var seed = 0; seed < GeneratedLineageTests.Count; seed++)
        {
            var query = LineageQuery.Random(new Random(seed));
            if (!query.Blocked)
                yield return (query.Sql, custom);
        }
    }

    [GeneratedRegex(@"(?:FROM|JOIN)\s+""([^""]+)""")]
    private static partial Regex TablePosition();

    [GeneratedRegex(@"'((?:[^']|'')*)'")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Identifier();

    /// <summary>Every named table of a tree with the SELECT it is read in, and the CTE names the tree defines.</summary>
    private sealed class TableUses : SqlWalker
    {
        private SelectCore? current;

        public List<(string Name, SelectCore Select)> Named { get; } = [];

        public HashSet<string> CteNames { get; } = new(StringComparer.OrdinalIgnoreCase);

        public static TableUses Of(Query query)
        {
            var uses = new TableUses();
            uses.Walk(query);
            return uses;
        }

        protected override void OnQuery(Query query, WalkContext context)
        {
            foreach (var cte in query.With)
                CteNames.Add(cte.Name.Name);
        }

        protected override void OnSelect(SelectCore select, WalkContext context) => current = select;

        protected override void OnTable(NamedTable table, WalkContext context) =>
            Named.Add((table.Name.Name.Name, current ?? throw new InvalidOperationException("a table outside a SELECT")));
    }
}
