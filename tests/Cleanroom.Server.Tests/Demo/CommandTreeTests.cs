using Cleanroom.Server.Tests.Infrastructure;

namespace Cleanroom.Server.Tests.Demo;

/// <summary>
/// The program's manners, for every command found by walking its help: <c>--help</c> works, an unknown option is a
/// usage error (exit 2, a line per problem and a pointer to help), and a failure is one line (exit 1) with no stack trace.
/// </summary>
public sealed class CommandTreeTests
{
    [Fact]
    public async Task EveryCommandHasHelpAndRejectsUnknownOptionsWithExitTwo()
    {
        var pending = new Queue<string[]>([[]]);
        var found = new List<string>();
        while (pending.TryDequeue(out var command))
        {
            var help = await CleanroomProgram.RunAsync([.. command, "--help"]);
            Assert.True(help.ExitCode == 0 && help.Stdout.Contains("Usage:", StringComparison.Ordinal), $"{string.Join(' ', command)} --help: {help}");
            Assert.Contains("--verbose", help.Stdout, StringComparison.Ordinal);
            found.Add(string.Join(' ', command));
            foreach (var subcommand in Subcommands(help.Stdout))
            {
                pending.Enqueue([.. command, subcommand]);
            }

            // After a positional value, so a command that takes an input file cannot read the option as its input.
            var unknown = await CleanroomProgram.RunAsync([.. command, "input.csv", "--no-such-option"]);
            Assert.True(unknown.ExitCode == 2, $"{string.Join(' ', command)} --no-such-option: {unknown}");
            Assert.Contains("cleanroom: Unrecognized command or argument '--no-such-option'.", unknown.Stderr, StringComparison.Ordinal);
            Assert.EndsWith("Run 'cleanroom --help' for usage.", unknown.Stderr.TrimEnd(), StringComparison.Ordinal);
        }

        Assert.Equal(
            ["", "account", "account create", "account list", "c3r", "c3r decrypt", "c3r encrypt", "c3r schema", "datagen", "demo", "serve"],
            found.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("account", "list", "--data-dir", "{file}")]
    [InlineData("c3r", "schema", "{missing}", "--template")]
    [InlineData("c3r", "encrypt", "{missing}", "--id", "3a7b2c1d-0000-4000-8000-000000000000", "--schema", "{missing}")]
    [InlineData("c3r", "decrypt", "{missing}", "--id", "3a7b2c1d-0000-4000-8000-000000000000")]
    [InlineData("serve", "--data-dir", "{file}", "--urls", "http://127.0.0.1:0")]
    [InlineData("datagen", "--out", "{file}", "--rows", "1000")]
    public async Task FailuresAreOneLineWithExitOne(params string[] arguments)
    {
        using var directory = new TempDirectory();
        var file = directory.Combine("file");
        await File.WriteAllTextAsync(file, "not a directory");
        var result = await ProcessRunner.RunAsync(
            "dotnet",
            [CleanroomProgram.Assembly, .. arguments.Select(argument => argument.Replace("{file}", file, StringComparison.Ordinal).Replace("{missing}", directory.Combine("missing.csv"), StringComparison.Ordinal))],
            new Dictionary<string, string?> { ["CLEANROOM_DATA_DIR"] = null, ["C3R_SHARED_SECRET"] = Convert.ToBase64String(new byte[32]) });
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain(" at ", result.Stderr, StringComparison.Ordinal);
    }

    /// <summary>The first word of each line of the help's "Commands:" section.</summary>
    private static IEnumerable<string> Subcommands(string help) => help
        .Split('\n')
        .SkipWhile(line => line.Trim() != "Commands:")
        .Skip(1)
        .TakeWhile(line => line.StartsWith("  ", StringComparison.Ordinal))
        .Select(line => line.Trim().Split(' ')[0]);
}
