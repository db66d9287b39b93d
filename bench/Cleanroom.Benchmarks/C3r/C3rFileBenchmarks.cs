using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Cleanroom.C3r;

namespace Cleanroom.Benchmarks.C3r;

/// <summary>
/// Whole-file C3R throughput: a generated CSV of 1,000,000 rows × 6 columns (2 fingerprint, 2 sealed, 2 cleartext)
/// encrypted and decrypted end to end. Reported times are per row (1 / rows per second); each run prints the
/// process's peak working set. Run: <c>dotnet run -c Release --project bench/Cleanroom.Benchmarks -- --filter *C3r*</c>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3)]
public class C3rFileBenchmarks
{
    private const int Rows = 1_000_000;
    private string _directory = string.Empty;

    private string Input => Path.Combine(_directory, "input.csv");

    private string Encrypted => Path.Combine(_directory, "encrypted.csv");

    private string Decrypted => Path.Combine(_directory, "decrypted.csv");

    [GlobalSetup]
    public void Setup()
    {
        _directory = Directory.CreateTempSubdirectory("c3r-bench-").FullName;
        C3rBenchmarkData.WriteCsv(Input, Rows);
        EncryptFile();
    }

    [Benchmark(OperationsPerInvoke = Rows)]
    public long Encrypt() => EncryptFile();

    [Benchmark(OperationsPerInvoke = Rows)]
    public long Decrypt() =>
        new C3rDecryptor(C3rBenchmarkData.Secret, C3rBenchmarkData.CollaborationId).Decrypt(new DecryptOptions(Encrypted, Decrypted) { Overwrite = true }).Rows;

    [GlobalCleanup]
    public void Cleanup()
    {
        Console.WriteLine($"// C3R peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
        Directory.Delete(_directory, true);
    }

    private long EncryptFile() => C3rBenchmarkData.Encrypt(Input, Encrypted);
}
