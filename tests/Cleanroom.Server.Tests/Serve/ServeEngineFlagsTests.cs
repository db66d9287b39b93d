using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Cleanroom.Cli.Commands;
using Cleanroom.Server.ProtectedQueries.Engine;
using Cleanroom.Server.Tests.Infrastructure;

namespace Cleanroom.Server.Tests.Serve;

/// <summary><c>cleanroom serve</c>'s protected-query engine flags: parsing, usage errors, and the running server's settings.</summary>
public sealed class ServeEngineFlagsTests
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var line in File.ReadLines(RepositoryRoot.File("tests", "Cleanroom.Server.Tests", "Serve", "engine-flag-cases.txt")))
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                var fields = line.Split(' ');
                data.Add(fields[0], fields[1], fields[2]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void FlagGivesTheEngineSetting(string flag, string value, string expected)
    {
        var flags = new QueryEngineFlags();
        var command = new Command("serve");
        foreach (var option in flags.All)
        {
            command.Options.Add(option);
        }

        var parse = command.Parse([flag, value]);
        if (expected == "error")
        {
            Assert.NotEmpty(parse.Errors);
            return;
        }

        Assert.Empty(parse.Errors);
        var defaults = new QueryEngineOptions();
        var options = flags.Apply(parse, defaults);
        var actual = flag switch
        {
            "--max-concurrent-queries" => options.MaxConcurrentQueries.ToString(CultureInfo.InvariantCulture),
            "--query-threads" => options.ThreadsPerQuery.ToString(CultureInfo.InvariantCulture),
            "--query-memory-limit" => options.MemoryLimitBytes?.ToString(CultureInfo.InvariantCulture),
            "--query-disk-limit" => options.WorkDiskLimitBytes?.ToString(CultureInfo.InvariantCulture),
            "--query-time-limit" => options.TimeLimit.ToString("c", CultureInfo.InvariantCulture),
            _ => throw new ArgumentException($"Unknown flag {flag}."),
        };
        Assert.Equal(expected, actual);

        // The other settings keep their defaults.
        Assert.Equal(defaults with
        {
            MaxConcurrentQueries = options.MaxConcurrentQueries,
            ThreadsPerQuery = options.ThreadsPerQuery,
            MemoryLimitBytes = options.MemoryLimitBytes,
            WorkDiskLimitBytes = options.WorkDiskLimitBytes,
            TimeLimit = options.TimeLimit,
        }, options);
        Assert.Equal(1, new[] { options.MaxConcurrentQueries != defaults.MaxConcurrentQueries, options.ThreadsPerQuery != defaults.ThreadsPerQuery, options.MemoryLimitBytes != defaults.MemoryLimitBytes, options.WorkDiskLimitBytes != defaults.WorkDiskLimitBytes, options.TimeLimit != defaults.TimeLimit }.Count(changed => changed));
    }

    [Theory]
    [InlineData("--query-threads", "0", "--query-threads must be a whole number of at least 1, not '0'")]
    [InlineData("--query-memory-limit", "lots", "'lots' is not a size")]
    [InlineData("--query-time-limit", "soon", "'soon' is not a duration")]
    public async Task BadValuesAreUsageErrors(string flag, string value, string message)
    {
        using var directory = new TempDirectory();
        var result = await CleanroomProgram.RunAsync("serve", "--data-dir", directory.Path, "--urls", "http://127.0.0.1:0", flag, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheServerRunsWithTheGivenSettings()
    {
        using var directory = new TempDirectory();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            CleanroomProgram.Assembly, "serve", "--data-dir", directory.Path, "--urls", "http://127.0.0.1:0",
            "--max-concurrent-queries", "3", "--query-threads", "1", "--query-memory-limit", "512MiB", "--query-time-limit", "90s",
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var server = Process.Start(start)!;
        try
        {
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var line = await server.StandardOutput.ReadLineAsync(limit.Token);
            Assert.NotNull(line);
            Assert.StartsWith("Cleanroom listening on http://127.0.0.1:", line, StringComparison.Ordinal);
            Assert.EndsWith("protected queries: 3 at once, 1 threads and 512 MiB each, time limit 00:01:30)", line, StringComparison.Ordinal);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }
}
