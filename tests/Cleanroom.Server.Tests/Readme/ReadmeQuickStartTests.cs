using System.Text.RegularExpressions;
using Cleanroom.Server.Tests.Demo;
using Cleanroom.Server.Tests.Infrastructure;

namespace Cleanroom.Server.Tests.Readme;

/// <summary>
/// Runs README.md's quick start exactly as written, with the real aws CLI against the server started by the README's
/// own command. Only what a reader would change is substituted: how the program is started (the built
/// <c>cleanroom</c> instead of <c>dotnet run</c>), the port, and the scratch directory.
/// </summary>
public sealed partial class ReadmeQuickStartTests
{
    private const string ScratchDirectory = "~/cleanroom-quickstart";
    private const string ReadmePort = "127.0.0.1:8080";

    [Fact]
    public async Task QuickStartRunsAsWrittenAndEndsWithTheResultFile()
    {
        var blocks = QuickStartBlocks.Parse(await File.ReadAllTextAsync(RepositoryRoot.File("README.md")));
        Assert.Contains(ReadmePort, blocks.Server, StringComparison.Ordinal);
        Assert.Contains(ScratchDirectory, blocks.Steps, StringComparison.Ordinal);
        using var scratch = new TempDirectory("cleanroom-quickstart");
        var environment = AwsEnvironment.For(account: null);
        environment["CLEANROOM_DATA_DIR"] = null;

        var serverCommand = AsReaderWouldRun(blocks.Server, scratch.Path).Replace(ReadmePort, "127.0.0.1:0", StringComparison.Ordinal);
        await using var server = BackgroundProgram.Start("bash", ["-c", serverCommand], environment, RepositoryRoot.Path);
        var listening = await server.ReadUntilAsync(line => line.StartsWith("Cleanroom listening on ", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
        var port = ListeningPort().Match(listening).Groups[1].Value;

        var steps = AsReaderWouldRun(blocks.Steps, scratch.Path).Replace(ReadmePort, "127.0.0.1:" + port, StringComparison.Ordinal);
        var run = await ProcessRunner.RunAsync("bash", ["-c", "set -euo pipefail\ncd \"$1\"\n" + steps, "quickstart", RepositoryRoot.Path], environment, timeout: TimeSpan.FromMinutes(4));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("SUCCESS", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"logStage\":\"TERMINATION\"", run.Stdout, StringComparison.Ordinal);

        // The README shows the result file the steps make; it must be what they make.
        var (name, expected) = Assert.Single(blocks.Files);
        var written = await File.ReadAllTextAsync(Path.Combine(scratch.Path, name));
        Assert.Equal(expected.ReplaceLineEndings("\n").TrimEnd(), written.ReplaceLineEndings("\n").TrimEnd());

        Assert.Equal(0, await server.TerminateAsync());
    }

    /// <summary>The built program instead of <c>dotnet run --project …</c>, and a fresh scratch directory.</summary>
    private static string AsReaderWouldRun(string commands, string scratch) =>
        DotnetRun().Replace(commands, $"dotnet \"{CleanroomProgram.Assembly}\"").Replace(ScratchDirectory, scratch, StringComparison.Ordinal);

    [GeneratedRegex(@"dotnet run --project ""?\S*src/Cleanroom\.Cli""? -c Release(?: --no-build)? --")]
    private static partial Regex DotnetRun();

    [GeneratedRegex(@"http://127\.0\.0\.1:(\d+)")]
    private static partial Regex ListeningPort();
}
