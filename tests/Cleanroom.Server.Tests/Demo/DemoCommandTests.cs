using System.Text.RegularExpressions;
using Cleanroom.Server.Tests.Infrastructure;

namespace Cleanroom.Server.Tests.Demo;

/// <summary>
/// <c>cleanroom demo</c> as a user runs it: the built program, its output read as printed (not a terminal), the result
/// checked against an answer computed here from the same generated data.
/// </summary>
public sealed class DemoCommandTests
{
    private const int Users = 4000;
    private const int Threshold = 25;
    private const int Seed = 7;

    [Fact]
    public async Task DemoPrintsTheThresholdedResultAndEachMembersLogAndNothingAboutWithheldGroups()
    {
        var result = await CleanroomProgram.RunAsync("demo", "--users", $"{Users}", "--threshold", $"{Threshold}", "--seed", $"{Seed}");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(string.Empty, result.Stderr);
        var output = new DemoOutput(result.Stdout);
        Assert.Equal(
            Enumerable.Range(1, 9).Select(step => $"[{step}/9]"),
            output.Lines.Where(line => line.StartsWith('[')).Select(line => line[..5]));

        // Exactly the groups with enough distinct buyers, with the right numbers, in the query's order.
        var groups = DemoOracle.AllGroups(Users, Seed);
        var expected = groups.Where(row => row.Buyers >= Threshold).ToArray();
        Assert.True(expected.Length >= 5 && expected.Length < groups.Count, "the seed must give both kinds of groups");
        var rows = output.ResultRows();
        Assert.Equal(expected.OrderBy(Key), rows.OrderBy(Key));
        Assert.Equal(rows.OrderBy(row => row.Campaign, StringComparer.Ordinal).ThenByDescending(row => row.Buyers), rows, EqualityComparer<ResultRow>.Create((a, b) => a!.Campaign == b!.Campaign && a.Buyers == b.Buyers));

        // Nothing tells the receiver how many groups were held back, or which.
        Assert.DoesNotMatch(new Regex(@"suppress|withh|omitt|hidden|dropped|filtered|exclud|\bgroups\b", RegexOptions.IgnoreCase), output.Text);
        var withheld = groups.Count - expected.Length;
        var prose = output.Lines.Where(line => !line.StartsWith('│') && !line.StartsWith('['));
        Assert.DoesNotContain(prose, line => Regex.IsMatch(line, $@"\b({withheld}|{groups.Count})\b"));

        // The advertiser's log: its own table's record at submission and termination, run by the retailer.
        var advertiser = output.LogRows("Advertiser");
        Assert.Equal(["SUBMISSION", "TERMINATION"], advertiser.Select(row => row[1]));
        Assert.All(advertiser, row => Assert.Equal(["exposures", "AGGREGATION", "Retailer"], row[2..5]));
        Assert.Equal(["accepted", "SUCCESS"], advertiser.Select(row => row[5]));

        // The retailer's: its own table's records and the query's, never the advertiser's table.
        var retailer = output.LogRows("Retailer");
        Assert.Equal(4, retailer.Count);
        Assert.Equal(["(query)", "(query)", "purchases", "purchases"], retailer.Select(row => row[2]).Order(StringComparer.Ordinal));
        Assert.Equal(2, retailer.Count(row => row[1] == "TERMINATION" && row[5] == "SUCCESS"));
        Assert.DoesNotContain(retailer, row => row.Contains("exposures"));
    }

    [Fact]
    public async Task KeepLeavesTheServerRunningForTheAwsCommandsItPrints()
    {
        using var data = new TempDirectory("cleanroom-demo-data");
        await using var demo = BackgroundProgram.Start(
            "dotnet",
            [CleanroomProgram.Assembly, "demo", "--users", "1500", "--threshold", "10", "--keep", "--data-dir", data.Path],
            new Dictionary<string, string?> { ["CLEANROOM_DATA_DIR"] = null });
        await demo.ReadUntilAsync(line => line.StartsWith("advertiser logs filter-log-events", StringComparison.Ordinal), TimeSpan.FromMinutes(2));
        var printed = new DemoOutput(demo.Stdout);
        var firstQuery = printed.IdAfter("protected query");
        var handOff = demo.Stdout[demo.Stdout.IndexOf("export AWS_DEFAULT_REGION", StringComparison.Ordinal)..];

        var run = await ProcessRunner.RunAsync("bash", ["-c", "set -euo pipefail\n" + handOff], AwsEnvironment.For(account: null), timeout: TimeSpan.FromMinutes(2));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("\"name\": \"exposures\"", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"name\": \"purchases\"", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"minimum\": 10", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("GROUP BY e.segment", run.Stdout, StringComparison.Ordinal);
        Assert.Matches($@"demo/{firstQuery}/result/{firstQuery}\.csv", run.Stdout);
        Assert.Contains($"eventId\\\":\\\"{firstQuery}", run.Stdout, StringComparison.Ordinal); // in the advertiser's log, as a JSON string

        Assert.Equal(0, await demo.TerminateAsync());
        Assert.EndsWith("Server stopped.", demo.Stdout.TrimEnd(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(data.Path, "cleanroom.db")), "--data-dir keeps the data");
    }

    [Fact]
    public async Task OptionsAreDocumentedAndChecked()
    {
        var help = (await CleanroomProgram.RunAsync("demo", "--help")).EnsureSuccess();
        foreach (var option in new[] { "--users", "--seed", "--threshold", "--keep", "--data-dir", "--verbose" })
        {
            Assert.Contains(option, help.Stdout, StringComparison.Ordinal);
        }

        var low = await CleanroomProgram.RunAsync("demo", "--threshold", "1");
        Assert.Equal(2, low.ExitCode);
        Assert.Contains("--threshold must be between 2 and 100000", low.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, (await CleanroomProgram.RunAsync("demo", "--users", "many")).ExitCode);

        // A failure is one line, without a stack trace unless --verbose.
        using var directory = new TempDirectory();
        var notADirectory = directory.Combine("file");
        await File.WriteAllTextAsync(notADirectory, "not a directory");
        var failed = await CleanroomProgram.RunAsync("demo", "--data-dir", notADirectory);
        Assert.Equal(1, failed.ExitCode);
        Assert.StartsWith("cleanroom: ", Assert.Single(failed.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        var verbose = await CleanroomProgram.RunAsync("demo", "--data-dir", notADirectory, "--verbose");
        Assert.Equal(1, verbose.ExitCode);
        Assert.Contains(" at ", verbose.Stderr, StringComparison.Ordinal);
    }

    private static string Key(ResultRow row) => row.Campaign + "/" + row.Segment;
}
