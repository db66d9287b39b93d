using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Cleanroom.Benchmarks.Queries;

/// <summary>Writes a run's figures as <c>latest.json</c> (everything, samples included) and <c>latest.md</c> (the tables and the targets).</summary>
internal static class BenchReport
{
    private const double RatioTarget = 1.10;
    private const double ValidationTargetMs = 2;
    private const double LatencyTargetMs = 100;
    private const double C3rTarget = 180_000;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static void Write(string directory, BenchResults results)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "latest.json"), JsonSerializer.Serialize(results, Json) + "\n");
        File.WriteAllText(Path.Combine(directory, "latest.md"), Markdown(results));
    }

    private static string Markdown(BenchResults results)
    {
        var text = new StringBuilder();
        void Line(FormattableString line) => text.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');
        var machine = results.Machine;
        Line($"# Benchmark results");
        Line($"");
        Line($"Measured {results.Date} with `{results.Command}` (bench/README.md says what each figure is).");
        Line($"");
        Line($"| Cores | CPU | RAM | OS | Kernel | .NET | DuckDB |");
        Line($"|---|---|---|---|---|---|---|");
        Line($"| {machine.Cores} | {machine.Cpu} | {machine.MemoryGiB:F1} GiB | {machine.Os} | {machine.Kernel} | {machine.Runtime} | {machine.DuckDb} |");
        Line($"");
        Line($"DuckDB settings of both the raw and the protected runs: {results.Engine.Threads} threads, memory limit {results.Engine.MemoryLimitGiB:F1} GiB per query.");
        foreach (var scale in results.Scales)
        {
            Line($"");
            Line($"## {scale.ImpressionRows:N0} impressions × {scale.PurchaseRows:N0} purchases");
            Line($"");
            Line($"Medians of {scale.Runs} rounds after a warm-up (in each round raw, protected and end to end back to back); 1-minute load average before: {scale.LoadBefore:F2}.");
            Line($"");
            Line($"| Query | Raw ms | Protected ms | Protected / raw | Per round (median, range) | End to end ms | End to end / raw | Server ms | Validation ms | Peak MiB raw / protected / end to end | Result rows |");
            Line($"|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var query in scale.Queries)
            {
                var rows = query.GroupsBeforeThreshold is { } groups ? $"{query.ResultRows:N0} of {groups:N0} groups" : $"{query.ResultRows:N0}";
                Line($"| {query.Query} | {query.RawMs:F0} | {query.ProtectedMs:F0} | **{query.ProtectedRatio:F3}** | {query.PairedRatio:F3} ({query.PairedRatios.Min():F2}–{query.PairedRatios.Max():F2}) | {query.EndToEndMs:F0} | {query.EndToEndRatio:F3} | {query.EndToEndServerMs:F0} | {query.ValidationLoopMs:F3} | {query.RawPeakMiB:F0} / {query.ProtectedPeakMiB:F0} / {query.EndToEndPeakMiB:F0} | {rows} |");
            }

            Line($"");
            foreach (var query in scale.Queries)
            {
                Line($"- {query.Query}: {query.Title}.");
            }
        }

        if (results.Latency is { } latency)
        {
            Line($"");
            Line($"## API latency (1-minute load average before: {results.LoadBeforeApi:F2})");
            Line($"");
            Line($"Q2 over {latency.InputRows:N0} impression rows, {latency.Runs} runs, polling GetProtectedQuery every {latency.PollMs:F0} ms:");
            Line($"");
            Line($"| Submit → SUCCESS | Median ms | p95 ms |");
            Line($"|---|---:|---:|");
            Line($"| Client (StartProtectedQuery sent → SUCCESS seen → result downloaded) | {latency.ClientMedianMs:F1} | {latency.ClientP95Ms:F1} |");
            Line($"| Server (`totalDurationInMillis`) | {latency.ServerMedianMs:F1} | {latency.ServerP95Ms:F1} |");
        }

        if (results.ControlPlane is { } control)
        {
            Line($"");
            Line($"Control plane: {control.Clients} concurrent signed clients calling GetCollaboration and ListMemberships in turn for {control.Seconds:F0} s: **{control.CallsPerSecond:F0} calls/s**, median {control.MedianMs:F1} ms, p95 {control.P95Ms:F1} ms (clients and server share the machine).");
        }

        if (results.C3rEncryptRowsPerSecond is { } c3r)
        {
            Line($"");
            Line($"## C3R");
            Line($"");
            Line($"Encryption of 1,000,000 rows × 6 columns (2 fingerprint, 2 sealed, 2 cleartext), median of 5: **{c3r:N0} rows/s** (1-minute load average before: {results.LoadBeforeC3r:F2}).");
        }

        Line($"");
        Line($"## Targets");
        Line($"");
        Line($"| Target | Measured | Met |");
        Line($"|---|---|---|");
        if (results.Scales.Count > 0)
        {
            var largest = results.Scales.MaxBy(scale => scale.ImpressionRows)!;
            var worst = largest.Queries.MaxBy(query => query.ProtectedRatio)!;
            Line($"| Protected / raw ≤ {RatioTarget:F2} for every query at {largest.ImpressionRows:N0} rows | worst {worst.Query} {worst.ProtectedRatio:F3} | {Met(worst.ProtectedRatio <= RatioTarget)} |");
            var slowest = results.Scales.SelectMany(scale => scale.Queries).MaxBy(query => query.ValidationLoopMs)!;
            Line($"| Validation and rewrite < {ValidationTargetMs:F0} ms per query | worst {slowest.Query} {slowest.ValidationLoopMs:F3} ms | {Met(slowest.ValidationLoopMs < ValidationTargetMs)} |");
        }

        if (results.Latency is { } small)
        {
            Line($"| Small query submit → SUCCESS median < {LatencyTargetMs:F0} ms | client {small.ClientMedianMs:F1} ms, server {small.ServerMedianMs:F1} ms | {Met(small.ClientMedianMs < LatencyTargetMs)} |");
        }

        if (results.C3rEncryptRowsPerSecond is { } rate)
        {
            Line($"| C3R encryption ≥ {C3rTarget:N0} rows/s | {rate:N0} rows/s | {Met(rate >= C3rTarget)} |");
        }

        return text.ToString();
    }

    private static string Met(bool met) => met ? "yes" : "**no**";
}
