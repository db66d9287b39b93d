using System.Text.Json.Nodes;
using Cleanroom.Server.Tests.Infrastructure;

namespace Cleanroom.Server.Tests;

/// <summary>The <c>cleanroom</c> program's commands, output and exit codes.</summary>
public sealed class CliTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("serve", "--help")]
    [InlineData("account", "--help")]
    [InlineData("account", "create", "--help")]
    [InlineData("account", "list", "--help")]
    public async Task EveryCommandHasHelp(params string[] arguments)
    {
        var result = await CleanroomProgram.RunAsync(arguments);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccountCreatePrintsOneJsonObjectAndListShowsNoSecrets()
    {
        using var directory = new TempDirectory();
        var created = (await CleanroomProgram.RunAsync("account", "create", "--data-dir", directory.Path, "--name", "Company A")).EnsureSuccess();
        var lines = created.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var account = Assert.Single(lines);
        var json = JsonNode.Parse(account)!.AsObject();
        Assert.Equal(["accessKeyId", "accountId", "secretAccessKey"], json.Select(pair => pair.Key).Order());
        Assert.Matches("^[0-9]{12}$", (string?)json["accountId"]);

        var listed = (await CleanroomProgram.RunAsync("account", "list", "--data-dir", directory.Path, "--json")).EnsureSuccess();
        var entry = Assert.Single(JsonNode.Parse(listed.Stdout)!.AsArray())!;
        Assert.Equal((string?)json["accountId"], (string?)entry["accountId"]);
        Assert.Equal("Company A", (string?)entry["name"]);
        Assert.DoesNotContain((string)json["secretAccessKey"]!, listed.Stdout, StringComparison.Ordinal);
        var table = (await CleanroomProgram.RunAsync("account", "list", "--data-dir", directory.Path)).EnsureSuccess();
        Assert.Contains((string)json["accountId"]!, table.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DataDirectoryDefaultsToTheEnvironment()
    {
        using var directory = new TempDirectory();
        var target = directory.Combine("from-env");
        var result = await ProcessRunner.RunAsync(
            "dotnet",
            [CleanroomProgram.Assembly, "account", "create", "--name", "env"],
            new Dictionary<string, string?> { ["CLEANROOM_DATA_DIR"] = target });
        result.EnsureSuccess();
        Assert.True(File.Exists(Path.Combine(target, "cleanroom.db")));
    }

    [Fact]
    public async Task UsageErrorsExitTwo()
    {
        var missing = await CleanroomProgram.RunAsync("account", "create");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("--name", missing.Stderr, StringComparison.Ordinal);
        var unknown = await CleanroomProgram.RunAsync("serve", "--no-such-option");
        Assert.Equal(2, unknown.ExitCode);
    }

    [Fact]
    public async Task FailuresPrintOneLineWithoutStackTrace()
    {
        using var directory = new TempDirectory();
        var result = await CleanroomProgram.RunAsync("serve", "--data-dir", directory.Path, "--region", "nowhere", "--urls", "http://127.0.0.1:0");
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("region", line, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", result.Stderr, StringComparison.Ordinal);

        var verbose = await CleanroomProgram.RunAsync("serve", "--data-dir", directory.Path, "--region", "nowhere", "--verbose");
        Assert.Equal(1, verbose.ExitCode);
        Assert.Contains(" at ", verbose.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServeThatCannotStartPrintsOneLine()
    {
        using var directory = new TempDirectory();
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;
        var busy = await CleanroomProgram.RunAsync("serve", "--data-dir", directory.Path, "--urls", $"http://127.0.0.1:{port}");
        Assert.Equal(1, busy.ExitCode);
        var line = Assert.Single(busy.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("cleanroom: ", line, StringComparison.Ordinal);
        Assert.Contains(port.ToString(System.Globalization.CultureInfo.InvariantCulture), line, StringComparison.Ordinal);

        var https = await CleanroomProgram.RunAsync("serve", "--data-dir", directory.Path, "--urls", "https://127.0.0.1:0");
        Assert.Equal(1, https.ExitCode);
        line = Assert.Single(https.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("reverse proxy", line, StringComparison.Ordinal);
    }
}
