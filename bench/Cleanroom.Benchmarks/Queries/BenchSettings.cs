using System.Globalization;

namespace Cleanroom.Benchmarks.Queries;

/// <summary>
/// The harness's command line: <c>queries [--rows 1000000,10000000] [--runs 7] [--seed 1] [--queries Q1,Q3]
/// [--poll-ms 15] [--latency-runs 100] [--clients 16] [--control-seconds 10] [--quiet-load 1.0] [--data DIR]
/// [--results DIR] [--skip-api] [--skip-c3r] [--show-sql]</c>.
/// </summary>
internal sealed record BenchSettings
{
    public IReadOnlyList<long> Scales { get; init; } = [1_000_000, 10_000_000];

    public int Runs { get; init; } = 7;

    public long Seed { get; init; } = 1;

    public IReadOnlyList<string>? Queries { get; init; }

    public TimeSpan Poll { get; init; } = TimeSpan.FromMilliseconds(15);

    public int LatencyRuns { get; init; } = 100;

    public long LatencyRows { get; init; } = 1_000;

    public int Clients { get; init; } = 16;

    public TimeSpan ControlPlaneDuration { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Measuring waits (up to 15 minutes) until the 1-minute load average is below this; 0 does not wait.</summary>
    public double QuietLoad { get; init; } = 1.0;

    /// <summary>Where generated datasets are kept between runs (they are deterministic, so a kept one is reused).</summary>
    public string DataDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "cleanroom-bench-data");

    public string? ResultsDirectory { get; init; }

    public bool SkipApi { get; init; }

    public bool SkipC3r { get; init; }

    /// <summary>Print each query's raw SQL and the SQL the engine runs for it, and measure nothing.</summary>
    public bool ShowSql { get; init; }

    public static BenchSettings Parse(IReadOnlyList<string> args)
    {
        var settings = new BenchSettings();
        for (var index = 0; index < args.Count; index++)
        {
            var name = args[index];
            string Value() => index + 1 < args.Count ? args[++index] : throw new ArgumentException($"{name} needs a value.");
            settings = name switch
            {
                "--rows" => settings with { Scales = [.. Value().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(value => long.Parse(value, CultureInfo.InvariantCulture))] },
                "--runs" => settings with { Runs = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--seed" => settings with { Seed = long.Parse(Value(), CultureInfo.InvariantCulture) },
                "--queries" => settings with { Queries = Value().Split(',') },
                "--poll-ms" => settings with { Poll = TimeSpan.FromMilliseconds(double.Parse(Value(), CultureInfo.InvariantCulture)) },
                "--latency-runs" => settings with { LatencyRuns = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--clients" => settings with { Clients = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--control-seconds" => settings with { ControlPlaneDuration = TimeSpan.FromSeconds(double.Parse(Value(), CultureInfo.InvariantCulture)) },
                "--quiet-load" => settings with { QuietLoad = double.Parse(Value(), CultureInfo.InvariantCulture) },
                "--data" => settings with { DataDirectory = Value() },
                "--results" => settings with { ResultsDirectory = Value() },
                "--skip-api" => settings with { SkipApi = true },
                "--skip-c3r" => settings with { SkipC3r = true },
                "--show-sql" => settings with { ShowSql = true },
                _ => throw new ArgumentException($"Unknown option {name}."),
            };
        }

        return settings;
    }

    public IReadOnlyList<CanonicalQuery> SelectedQueries => Queries is null
        ? CanonicalQueries.All
        : [.. CanonicalQueries.All.Where(query => Queries.Contains(query.Name, StringComparer.OrdinalIgnoreCase))];
}
