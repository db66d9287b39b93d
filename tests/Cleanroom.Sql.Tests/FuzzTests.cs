using System.Diagnostics;
using Cleanroom.Sql.Parsing;
using Cleanroom.Sql.Rendering;

namespace Cleanroom.Sql.Tests;

/// <summary>
/// Mutates corpus queries (drop, duplicate, swap and splice tokens; insert hostile fragments) with a fixed seed.
/// Every mutant must either fail with one diagnostic or parse into a tree that prints, re-parses equal and renders.
/// </summary>
public sealed class FuzzTests
{
    private static readonly string[] Fragments =
    [
        "(", ")", "'", "\"", "`", "/*", "*/", "--", ";", ",", ".", "::", ":p", "$1", "?", "[", "{", "->", "||", "<=>",
        "SELECT", "FROM", "WHERE", "UNION", "JOIN", "ON", "OVER (", "CASE", "END", "NOT", "NULL", "INTERVAL", "DATE",
        "DROP TABLE x", "read_csv('x')", "* EXCLUDE (a)", "\n", "\\", "\u00e9", "1e", "0.", "-",
    ];

    [Fact]
    public void Mutated_corpus_queries_never_crash()
    {
        var seeds = CorpusFile.Positive().Select(c => c.Text).ToArray();
        var random = new Random(7);
        var watch = Stopwatch.StartNew();
        var parsed = 0;
        for (var i = 0; i < 4000; i++)
        {
            var mutant = Mutate(seeds[random.Next(seeds.Length)], seeds, random);
            var result = SqlParser.Parse(mutant);
            if (!result.Succeeded)
            {
                Assert.Single(result.Diagnostics);
                continue;
            }
            parsed++;
            var printed = SqlPrinter.Print(result.Query);
            var again = SqlParser.Parse(printed);
            Assert.True(again.Succeeded, $"mutant {mutant} printed as {printed}: {string.Join("; ", again.Diagnostics)}");
            Assert.True(result.Query.Equals(again.Query), $"mutant {mutant} does not round-trip via {printed}");
            if (QueryHasNoParameters(result.Query))
                Assert.NotEmpty(DuckDbRenderer.Render(result.Query));
        }
        Assert.True(parsed > 100, $"only {parsed} mutants parsed; the fuzzer is not exercising the parser");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"fuzzing took {watch.Elapsed}");
    }

    private static bool QueryHasNoParameters(Ast.Query query) => Walking.QueryInventory.Of(query).Parameters.Count == 0;

    private static string Mutate(string text, string[] seeds, Random random)
    {
        var words = text.Split(' ').ToList();
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && words.Count > 0; e++)
        {
            var at = random.Next(words.Count);
            switch (random.Next(5))
            {
                case 0:
                    words.RemoveAt(at);
                    break;
                case 1:
                    words.Insert(at, words[random.Next(words.Count)]);
                    break;
                case 2:
                    var other = random.Next(words.Count);
                    (words[at], words[other]) = (words[other], words[at]);
                    break;
                case 3:
                    words.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                default:
                    var donor = seeds[random.Next(seeds.Length)].Split(' ');
                    words.Insert(at, donor[random.Next(donor.Length)]);
                    break;
            }
        }
        return string.Join(' ', words);
    }
}
