extern alias cli;
using System.Diagnostics;
using System.Globalization;
using cli::Cleanroom.Cli.Datagen;
using Cleanroom.Benchmarks.C3r;

namespace Cleanroom.Benchmarks.Queries;

/// <summary>
/// The query benchmark harness (<c>dotnet run -c Release --project bench/Cleanroom.Benchmarks -- queries</c>): for each
/// dataset size, the canonical queries raw, protected and end to end; then the API's latency on a small dataset and
/// the control plane's throughput; then C3R encryption throughput. Writes <c>bench/results/latest.md</c> and
/// <c>latest.json</c>.
/// </summary>
internal static class QueryBench
{
    private const int C3rRows = 1_000_000;
    private static readonly TimeSpan QuietWait = TimeSpan.FromMinutes(15);

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var settings = BenchSettings.Parse(args);
        var log = Console.Out;
        var cancellationToken = CancellationToken.None;
        var machine = MachineInfo.Describe();
        log.WriteLine($"{machine.Cores} cores ({machine.Cpu}), {machine.MemoryGiB:F1} GiB, {machine.Os}, {machine.Runtime}, DuckDB {machine.DuckDb}");

        var scales = new List<ScaleFigures>();
        EngineSettings? engine = null;
        foreach (var rows in settings.Scales)
        {
            var spec = new DatasetSpec(rows, settings.Seed);
            var parquet = Dataset(spec, settings.DataDirectory, log);
            await using var world = await BenchWorld.CreateAsync(parquet, cancellationToken);
            if (settings.ShowSql)
            {
                await ShowSqlAsync(world, settings.SelectedQueries, log);
                return 0;
            }

            engine ??= new EngineSettings(world.Options.Queries.ThreadsPerQuery, world.Options.Queries.EffectiveMemoryLimitBytes / 1073741824.0, world.Options.Queries.MaxConcurrentQueries);
            var load = await QuietAsync(settings.QuietLoad, log);
            log.WriteLine($"{rows:N0} impression rows, {spec.PurchaseRows:N0} purchases; load {load:F2}");
            var work = Directory.CreateTempSubdirectory("cleanroom-bench-raw-").FullName;
            try
            {
                var protectedPath = new ProtectedPath(world);
                var matrix = new QueryMatrix(new RawPath(world, work), protectedPath, new EndToEndPath(world, protectedPath, settings.Poll), log);
                var figures = new List<QueryFigures>();
                foreach (var query in settings.SelectedQueries)
                {
                    figures.Add(await matrix.MeasureAsync(query, settings.Runs, cancellationToken));
                }

                scales.Add(new ScaleFigures(rows, spec.PurchaseRows, load, settings.Runs, figures));
            }
            finally
            {
                Directory.Delete(work, recursive: true);
            }
        }

        LatencyFigures? latency = null;
        ControlPlaneFigures? controlPlane = null;
        double? apiLoad = null;
        if (!settings.SkipApi)
        {
            var small = new DatasetSpec(settings.LatencyRows, settings.Seed);
            await using var world = await BenchWorld.CreateAsync(Dataset(small, settings.DataDirectory, log), cancellationToken);
            apiLoad = await QuietAsync(settings.QuietLoad, log);
            var path = new EndToEndPath(world, new ProtectedPath(world), settings.Poll);
            latency = await ApiLatency.SmallQueryAsync(path, small.ImpressionRows, settings.LatencyRuns, cancellationToken);
            log.WriteLine($"Small query ({small.ImpressionRows:N0} rows) submit→SUCCESS: client median {latency.ClientMedianMs:F1} ms, p95 {latency.ClientP95Ms:F1} ms; server median {latency.ServerMedianMs:F1} ms, p95 {latency.ServerP95Ms:F1} ms");
            controlPlane = await ApiLatency.ControlPlaneAsync(world, settings.Clients, settings.ControlPlaneDuration, cancellationToken);
            log.WriteLine($"Control plane, {controlPlane.Clients} clients: {controlPlane.CallsPerSecond:F0} calls/s, median {controlPlane.MedianMs:F1} ms, p95 {controlPlane.P95Ms:F1} ms");
        }

        double? c3r = null;
        double? c3rLoad = null;
        if (!settings.SkipC3r)
        {
            c3rLoad = await QuietAsync(settings.QuietLoad, log);
            c3r = C3rThroughput.EncryptRowsPerSecond(C3rRows, runs: 5);
            log.WriteLine($"C3R encryption: {c3r:F0} rows/s");
        }

        var results = new BenchResults(
            DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
            "dotnet run -c Release --project bench/Cleanroom.Benchmarks -- queries" + (args.Count > 0 ? " " + string.Join(' ', args) : string.Empty),
            machine,
            engine ?? new EngineSettings(0, 0, 0),
            scales,
            latency,
            controlPlane,
            c3r,
            apiLoad,
            c3rLoad);
        var directory = settings.ResultsDirectory ?? Path.Combine(RepositoryRoot(), "bench", "results");
        BenchReport.Write(directory, results);
        log.WriteLine($"Wrote {Path.Combine(directory, "latest.md")} and latest.json");
        return 0;
    }

    /// <summary>The dataset's Parquet files, generated once per size and seed and kept under <paramref name="root"/>.</summary>
    private static IReadOnlyList<DatasetFiles> Dataset(DatasetSpec spec, string root, TextWriter log)
    {
        var directory = Path.Combine(root, string.Create(CultureInfo.InvariantCulture, $"{spec.ImpressionRows}-seed{spec.Seed}"));
        var complete = Path.Combine(directory, "complete");
        if (!File.Exists(complete))
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }

            var clock = Stopwatch.StartNew();
            ReferenceDataset.Write(spec, directory, DatasetFormat.Parquet, threads: null, step => log.WriteLine($"  generating: {step.Fraction:P0}"));
            File.WriteAllText(complete, string.Create(CultureInfo.InvariantCulture, $"generated in {clock.Elapsed.TotalSeconds:F1} s\n"));
        }

        return [.. DatasetTable.All.Select(table =>
        {
            var paths = Directory.GetFiles(Path.Combine(directory, "parquet", table.Name), "*.parquet").Order(StringComparer.Ordinal).ToList();
            return new DatasetFiles(table, DatasetFormat.Parquet, paths, spec.RowsOf(table));
        })];
    }

    private static async Task ShowSqlAsync(BenchWorld world, IReadOnlyList<CanonicalQuery> queries, TextWriter log)
    {
        var raw = new RawPath(world, Path.GetTempPath());
        var protectedPath = new ProtectedPath(world);
        foreach (var query in queries)
        {
            log.WriteLine($"-- {query.Name} raw\n{raw.Sources(query.Raw)}\n-- {query.Name} protected\n{await protectedPath.RenderedAsync(query)}\n");
        }
    }

    /// <summary>Waits until the 1-minute load average is below <paramref name="threshold"/> (at most 15 minutes); returns the load then.</summary>
    private static async Task<double> QuietAsync(double threshold, TextWriter log)
    {
        var waited = Stopwatch.StartNew();
        var load = MachineInfo.Load();
        while (threshold > 0 && load >= threshold && waited.Elapsed < QuietWait)
        {
            log.WriteLine($"  load {load:F2}: waiting for a quiet machine (below {threshold:F1})");
            await Task.Delay(TimeSpan.FromSeconds(15));
            load = MachineInfo.Load();
        }

        return load;
    }

    /// <summary>The directory holding Cleanroom.slnx, above the working directory or the program.</summary>
    private static string RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Cleanroom.slnx")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run the harness inside the repository, or give --results DIR.");
    }
}
