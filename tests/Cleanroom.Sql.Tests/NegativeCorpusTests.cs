using System.Globalization;
using Cleanroom.Sql.Parsing;

namespace Cleanroom.Sql.Tests;

public sealed class NegativeCorpusTests
{
    private const string Expect = "-- expect ";

    public static TheoryData<int> Cases()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Entries().Count; i++)
            data.Add(i);
        return data;
    }

    private static IReadOnlyList<string> Entries() => CorpusFile.Entries(RepositoryFiles.CorpusPath("negative.sql"));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Input_is_rejected_at_the_expected_line_and_column(int index)
    {
        var entry = Entries()[index];
        var newline = entry.IndexOf('\n', StringComparison.Ordinal);
        var header = entry[..newline];
        var query = entry[(newline + 1)..];
        Assert.StartsWith(Expect, header, StringComparison.Ordinal);
        var spec = header[Expect.Length..];
        var space = spec.IndexOf(' ', StringComparison.Ordinal);
        var position = spec[..space].Split(':');
        var fragment = spec[(space + 1)..];

        var result = SqlParser.Parse(query);

        Assert.False(result.Succeeded, $"accepted: {query}");
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Contains(fragment, diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(int.Parse(position[0], CultureInfo.InvariantCulture), diagnostic.Line);
        Assert.Equal(int.Parse(position[1], CultureInfo.InvariantCulture), diagnostic.Column);
    }

    [Fact]
    public void Negative_corpus_has_at_least_100_inputs() => Assert.True(Entries().Count >= 100);

    [Fact]
    public void Error_messages_do_not_echo_string_literals()
    {
        var result = SqlParser.Parse("SELECT a FROM t WHERE secret = 'h_T-4242' AND x = @");
        Assert.False(result.Succeeded);
        Assert.DoesNotContain("4242", result.Diagnostics[0].Message, StringComparison.Ordinal);
        var malformed = SqlParser.Parse("SELECT DATE 'secret-4242'");
        Assert.DoesNotContain("4242", malformed.Diagnostics[0].Message, StringComparison.Ordinal);
    }
}
