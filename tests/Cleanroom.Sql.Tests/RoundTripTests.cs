using Cleanroom.Sql.Parsing;
using Cleanroom.Sql.Rendering;

namespace Cleanroom.Sql.Tests;

public sealed class RoundTripTests
{
    public static TheoryData<string, int> Cases() => CorpusFile.PositiveCases();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_print_parse_gives_an_equal_tree(string file, int index)
    {
        var text = CorpusFile.PositiveText(file, index);
        var first = SqlParser.Parse(text);
        Assert.True(first.Succeeded, $"{file}#{index}: {string.Join("; ", first.Diagnostics)}");

        var printed = SqlPrinter.Print(first.Query);
        var second = SqlParser.Parse(printed);
        Assert.True(second.Succeeded, $"{file}#{index} printed as {printed}: {string.Join("; ", second.Diagnostics)}");
        Assert.True(first.Query.Equals(second.Query), $"{file}#{index}: {first.Query}\n{second.Query}");
        Assert.Equal(printed, SqlPrinter.Print(second.Query));
    }

    [Fact]
    public void Positive_corpus_holds_the_spec_examples_and_at_least_100_realistic_queries()
    {
        var byFile = CorpusFile.Positive().GroupBy(c => c.File).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(byFile["realistic.sql"] >= 100, $"realistic.sql has {byFile["realistic.sql"]} queries");
        Assert.True(byFile["spec-aggregation.sql"] >= 25);
        Assert.True(byFile["spec-list-custom-dp.sql"] >= 25);
    }

    [Fact]
    public void Positions_do_not_take_part_in_equality()
    {
        var compact = SqlParser.Parse("SELECT a+1 FROM t").Query;
        var spread = SqlParser.Parse("SELECT\n\n   a   +   1\nFROM    t").Query;
        Assert.Equal(compact, spread);
        Assert.Equal(compact!.GetHashCode(), spread!.GetHashCode());
        Assert.NotEqual(SqlParser.Parse("SELECT a+2 FROM t").Query, compact);
    }
}
