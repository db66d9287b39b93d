using System.Diagnostics;

namespace Cleanroom.Benchmarks.C3r;

/// <summary>
/// Whole-file C3R encryption in rows per second (the median of a few runs over the benchmark table), for the query
/// harness's report; <see cref="C3rFileBenchmarks"/> measures the same with BenchmarkDotNet, decryption included.
/// </summary>
internal static class C3rThroughput
{
    public static double EncryptRowsPerSecond(int rows, int runs)
    {
        var directory = Directory.CreateTempSubdirectory("c3r-throughput-").FullName;
        try
        {
            var input = Path.Combine(directory, "input.csv");
            var output = Path.Combine(directory, "encrypted.csv");
            C3rBenchmarkData.WriteCsv(input, rows);
            C3rBenchmarkData.Encrypt(input, output);
            var rates = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                var clock = Stopwatch.StartNew();
                var encrypted = C3rBenchmarkData.Encrypt(input, output);
                rates.Add(encrypted / clock.Elapsed.TotalSeconds);
            }

            return Queries.Samples.Median(rates);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
