using System.Diagnostics;
using System.Text;
using Cleanroom.Sql.Parsing;
using Cleanroom.Sql.Rendering;

namespace Cleanroom.Sql.Tests;

/// <summary>Adversarial inputs must end in a clean diagnostic, quickly, never a crash, hang or stack overflow.</summary>
public sealed class HostileInputTests
{
    // A guard against hangs and quadratic blow-ups (which take minutes at these sizes), not a speed target: the suite
    // runs on a shared 2-core machine beside other test assemblies. Parser speed is measured by the benchmarks.
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    private static ParseResult ParseWithinBudget(string text, ParserOptions? options = null)
    {
        var watch = Stopwatch.StartNew();
        var result = SqlParser.Parse(text, options);
        watch.Stop();
        Assert.True(watch.Elapsed < Budget, $"parse took {watch.Elapsed}");
        return result;
    }

    private static string Repeat(string unit, int count) => new StringBuilder(unit.Length * count).Insert(0, unit, count).ToString();

    public static TheoryData<string, string> DeepNestings() => new()
    {
        { "parentheses", "SELECT " + Repeat("(", 100_000) + "1" + Repeat(")", 100_000) },
        { "subqueries", Repeat("SELECT * FROM (", 100_000) + "SELECT 1" + Repeat(")", 100_000) },
        { "scalar subqueries", Repeat("SELECT (", 100_000) + "SELECT 1" + Repeat(")", 100_000) },
        { "case", "SELECT " + Repeat("CASE WHEN a THEN ", 100_000) + "1" + Repeat(" END", 100_000) },
        { "function calls", "SELECT " + Repeat("abs(", 100_000) + "1" + Repeat(")", 100_000) },
        { "unary minus", "SELECT " + Repeat("- ", 100_000) + "1" },
        { "not", "SELECT a FROM t WHERE " + Repeat("NOT ", 100_000) + "a" },
        { "in subqueries", "SELECT a FROM t WHERE " + Repeat("a IN (SELECT a FROM t WHERE ", 100_000) + "TRUE" + Repeat(")", 100_000) },
        { "left-deep addition", "SELECT 1" + Repeat(" + 1", 100_000) },
        { "left-deep and", "SELECT a FROM t WHERE a" + Repeat(" AND a", 100_000) },
        { "casts", "SELECT a" + Repeat("::int", 100_000) },
        { "comparisons", "SELECT a" + Repeat(" = a", 100_000) },
        { "unions", "SELECT 1" + Repeat(" UNION SELECT 1", 100_000) },
        { "joins", "SELECT a FROM t" + Repeat(" JOIN t ON TRUE", 100_000) },
        { "window frames", "SELECT " + Repeat("sum(", 100_000) + "1" + Repeat(") OVER ()", 100_000) },
    };

    [Theory]
    [MemberData(nameof(DeepNestings))]
    public void Deep_nesting_gives_a_clean_error(string shape, string text)
    {
        var result = ParseWithinBudget(text, new ParserOptions { MaxLength = 10_000_000 });
        Assert.False(result.Succeeded, shape);
        Assert.Contains("nested", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_just_under_the_limit_parses_prints_and_renders()
    {
        var text = "SELECT " + Repeat("(", 150) + "1" + Repeat(")", 150) + Repeat(" + 1", 40);
        var result = ParseWithinBudget(text);
        Assert.True(result.Succeeded, string.Join("; ", result.Diagnostics));
        Assert.NotEmpty(SqlPrinter.Print(result.Query));
        Assert.NotEmpty(DuckDbRenderer.Render(result.Query));
    }

    [Fact]
    public void Text_over_the_size_limit_is_rejected_before_lexing()
    {
        var text = "SELECT '" + new string('x', 10 * 1024 * 1024) + "'";
        var result = ParseWithinBudget(text);
        Assert.False(result.Succeeded);
        Assert.Contains("longer than 500000", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, int> HugeInputs()
    {
        var data = new TheoryData<string, int>();
        foreach (var shape in new[] { "string", "unterminated string", "unterminated comment", "comment openers", "number", "identifier", "select items", "quotes", "in-list" })
        {
            data.Add(shape, 10 * 1024 * 1024);
            data.Add(shape, 256 * 1024);
        }
        return data;
    }

    private static string Huge(string shape, int size) => shape switch
    {
        "string" => "SELECT '" + new string('x', size) + "'",
        "unterminated string" => "SELECT '" + new string('x', size),
        "unterminated comment" => "SELECT 1 /*" + new string('x', size),
        "comment openers" => "SELECT 1 " + Repeat("/*", size / 2),
        "number" => "SELECT " + new string('9', size),
        "identifier" => "SELECT " + new string('a', size),
        "select items" => "SELECT " + Repeat("a, ", size / 3) + "a FROM",
        "quotes" => Repeat("''", size / 2),
        _ => "SELECT a FROM t WHERE a IN (" + Repeat("1, ", size / 3) + "1",
    };

    // 10 MB inputs meet the default 500,000-character limit; 256 KB inputs run the lexer and parser under a raised one.
    [Theory]
    [MemberData(nameof(HugeInputs))]
    public void Huge_inputs_fail_cleanly(string shape, int size)
    {
        var options = size > 2 * 1024 * 1024 ? ParserOptions.Default : new ParserOptions { MaxLength = 2 * 1024 * 1024 };
        var result = ParseWithinBudget(Huge(shape, size), options);
        if (result.Succeeded)
            Assert.True(shape is "string", $"{shape} unexpectedly parsed");
        else
            Assert.NotEmpty(result.Diagnostics[0].Message);
    }

    public static TheoryData<string> Unbalanced() => new()
    {
        "SELECT 'abc", "SELECT \"abc", "SELECT `abc", "SELECT 'a''", "SELECT 'a\\'", "SELECT /* a", "SELECT /* /* */",
        "SELECT (((1", "SELECT 1)))", "SELECT CASE WHEN", "SELECT a FROM (SELECT", "SELECT a FROM t WHERE a IN (1, 2",
        "SELECT count(", "SELECT CAST(a AS", "SELECT '\\u12", "SELECT INTERVAL", "SELECT DATE '", "SELECT :",
        "", " ", ";", "--", "/**/", "\0", "SELECT \u0000", "SELECT \uD800",
    };

    [Theory]
    [MemberData(nameof(Unbalanced))]
    public void Unbalanced_quotes_comments_and_brackets_fail_cleanly(string text)
    {
        var result = ParseWithinBudget(text);
        Assert.False(result.Succeeded);
        Assert.True(result.Diagnostics[0].Line >= 1 && result.Diagnostics[0].Column >= 1);
    }

    [Fact]
    public void Thousands_of_random_byte_inputs_fail_or_parse_cleanly()
    {
        var random = new Random(20240601);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 5000; i++)
        {
            var bytes = new byte[random.Next(0, 400)];
            random.NextBytes(bytes);
            var text = Encoding.Latin1.GetString(bytes);
            var result = SqlParser.Parse(text);
            if (result.Succeeded)
                Assert.NotEmpty(DuckDbRenderer.Render(result.Query));
            else
                Assert.Single(result.Diagnostics);
        }
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"random inputs took {watch.Elapsed}");
    }
}
