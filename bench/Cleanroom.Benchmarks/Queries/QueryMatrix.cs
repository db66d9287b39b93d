using System.Diagnostics;

namespace Cleanroom.Benchmarks.Queries;

/// <summary>
/// Runs each canonical query raw, protected and end to end in one process, alternating the order from one repetition
/// to the next so drift (page cache, CPU frequency, neighbours) falls on every mode alike. A warm-up round comes first
/// and is also where the results are checked: the protected and end-to-end results must equal the raw one row for row.
/// </summary>
internal sealed class QueryMatrix(RawPath raw, ProtectedPath protectedPath, EndToEndPath endToEnd, TextWriter log)
{
    private const int ValidationWarmUp = 50;
    private const int ValidationIterations = 500;

    public async Task<QueryFigures> MeasureAsync(CanonicalQuery query, int runs, CancellationToken cancellationToken)
    {
        var (rows, groups) = await VerifyAsync(query, cancellationToken);
        log.WriteLine($"  {query.Name}: verified, {rows:N0} rows{(groups is { } all ? $" of {all:N0} groups" : string.Empty)}");

        var samples = new Dictionary<string, List<double>> { ["raw"] = [], ["protected"] = [], ["e2e"] = [] };
        var peaks = new Dictionary<string, long> { ["raw"] = 0, ["protected"] = 0, ["e2e"] = 0 };
        var validations = new List<double>();
        var serverTimes = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var order = run % 2 == 0 ? new[] { "raw", "protected", "e2e" } : ["e2e", "protected", "raw"];
            foreach (var mode in order)
            {
                GC.Collect();
                PeakMemory.Reset();
                var clock = Stopwatch.StartNew();
                switch (mode)
                {
                    case "raw":
                        var file = raw.Run(query.Raw);
                        clock.Stop();
                        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
                        break;
                    case "protected":
                        var (_, validation) = await protectedPath.RunAsync(query, cancellationToken);
                        clock.Stop();
                        validations.Add(validation);
                        break;
                    default:
                        var (_, wall, server) = await endToEnd.RunAsync(query, cancellationToken);
                        clock.Stop();
                        serverTimes.Add(server);
                        samples[mode].Add(wall);
                        break;
                }

                if (mode != "e2e")
                {
                    samples[mode].Add(clock.Elapsed.TotalMilliseconds);
                }

                peaks[mode] = Math.Max(peaks[mode], PeakMemory.ReadBytes());
            }
        }

        var loop = await ValidationLoopAsync(query);
        var figures = new QueryFigures(
            query.Name,
            query.Title,
            Samples.Median(samples["raw"]),
            Samples.Median(samples["protected"]),
            Samples.Median(samples["e2e"]),
            Samples.Median(serverTimes),
            Samples.Median(validations),
            loop,
            ValidationIterations,
            peaks["raw"] / 1048576.0,
            peaks["protected"] / 1048576.0,
            peaks["e2e"] / 1048576.0,
            rows,
            groups,
            samples["raw"],
            samples["protected"],
            samples["e2e"]);
        log.WriteLine($"  {query.Name}: raw {figures.RawMs:F0} ms, protected {figures.ProtectedMs:F0} ms ({figures.ProtectedRatio:F3}), end to end {figures.EndToEndMs:F0} ms ({figures.EndToEndRatio:F3}), validation {figures.ValidationLoopMs:F3} ms");
        return figures;
    }

    /// <summary>One run of each mode (the warm-up); the three results must hold the same rows. Returns the row count and, when the query has a threshold, the groups before it.</summary>
    private async Task<(int Rows, long? Groups)> VerifyAsync(CanonicalQuery query, CancellationToken cancellationToken)
    {
        var rawFile = raw.Run(query.Raw);
        var expected = await File.ReadAllBytesAsync(rawFile, cancellationToken);
        Directory.Delete(Path.GetDirectoryName(rawFile)!, recursive: true);
        var (protectedFile, _) = await protectedPath.RunAsync(query, cancellationToken);
        var rows = ResultFiles.SameRows(query.Name, expected, await File.ReadAllBytesAsync(protectedFile, cancellationToken));
        var (downloaded, _, _) = await endToEnd.RunAsync(query, cancellationToken);
        ResultFiles.SameRows(query.Name + " (end to end)", expected, downloaded);
        if (rows == 0)
        {
            throw new InvalidOperationException($"{query.Name} returned no rows: at this scale the comparison proves nothing; use more rows.");
        }

        return (rows, query.Unfiltered is { } unfiltered ? raw.Count(unfiltered) : null);
    }

    private async Task<double> ValidationLoopAsync(CanonicalQuery query)
    {
        var validate = await protectedPath.ValidationAsync(query);
        for (var i = 0; i < ValidationWarmUp; i++)
        {
            validate();
        }

        var times = new List<double>(ValidationIterations);
        for (var i = 0; i < ValidationIterations; i++)
        {
            times.Add(validate());
        }

        return Samples.Median(times);
    }
}
