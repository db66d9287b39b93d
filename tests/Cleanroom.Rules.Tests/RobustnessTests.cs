using Cleanroom.Rules.Policies;
using Cleanroom.Rules.Schema;
using Cleanroom.Rules.Tests.Support;
using Cleanroom.Sql.Parsing;

namespace Cleanroom.Rules.Tests;

/// <summary>The checker answers every parsed query with a verdict, never an exception, and enforces the table quota.</summary>
public sealed class RobustnessTests
{
    /// <summary>The SQL library's positive corpus: realistic, spec and attack queries, read from its test folder.</summary>
    private static IEnumerable<string> Corpus()
    {
        var folder = Path.Combine(RepositoryFiles.Root, "tests", "Cleanroom.Sql.Tests", "Corpus", "positive");
        return Directory.GetFiles(folder, "*.sql").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllText(f).Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n----\n"))
            .Where(e => e.Trim().Length > 0);
    }

    [Fact]
    public void Every_corpus_query_gets_a_verdict_under_every_setup()
    {
        var setups = new[] { "aggregation-a", "aggregation-three", "aggregation-lab", "list-doc", "custom-d", "custom-c", "encryption-custom", "encryption-aggregation" }
            .Select(s => Setup.Load(s).Context()).ToList();
        var (queries, accepted) = (0, 0);
        foreach (var text in Corpus())
        {
            var parsed = SqlParser.Parse(text);
            if (!parsed.Succeeded)
                continue;
            foreach (var context in setups)
            {
                var result = ProtectedQueryChecker.Check(parsed.Query, context);
                if (result is Accepted ok)
                {
                    Checks.Render(ok.Query);
                    accepted++;
                }
                else
                    Assert.NotEmpty(Assert.IsType<Rejected>(result).Violations);
            }
            queries++;
        }
        Assert.True(queries > 50, $"only {queries} corpus queries");
        Assert.True(accepted > 10, $"only {accepted} accepted");
    }

    [Fact]
    public void At_most_fifteen_distinct_tables_per_query()
    {
        var tables = Enumerable.Range(1, 16).Select(i => new SchemaTable(
            $"t{i}",
            "111111111111",
            [new("id", "string"), new("v", "bigint")],
            new CustomRule([CustomRule.AnyQuery]) { AllowedAnalysisProviders = ["111111111111"] },
            $"cr_view_t{i}")).ToList();
        var context = new QueryContext("111111111111", tables);
        string Query(int count) => "SELECT t1.v FROM t1" + string.Concat(Enumerable.Range(2, count - 1).Select(i => $" JOIN t{i} ON t{i}.id = t1.id"));
        Assert.IsType<Accepted>(Checks.Run(Query(15), context), exactMatch: false);
        var violation = Assert.Single(Checks.Rejected(Query(16), context));
        Assert.Equal("common.tables", violation.Rule);
        Assert.Contains("at most 15 tables; this one references 16", violation.Message, StringComparison.Ordinal);
        Assert.Equal(1, violation.Line);
        // A self-join is one table, however many times it appears.
        Assert.IsType<Accepted>(Checks.Run("SELECT a.v FROM t1 a" + string.Concat(Enumerable.Range(0, 20).Select(i => $" JOIN t1 x{i} ON x{i}.id = a.id")), context), exactMatch: false);
    }
}
