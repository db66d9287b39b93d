using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Cleanroom.Benchmarks.ObjectStore;

/// <summary>
/// Memory of the object store under a multi-GB transfer: the real <c>cleanroom serve</c> program receives a 2 GiB
/// file from <c>aws s3 cp</c> (multipart, 8 MiB parts, 10 concurrent) and sends it back (ranged GETs); the server
/// process's peak resident set (VmHWM from /proc) is printed. Needs Linux and the aws CLI. The size is
/// <c>CLEANROOM_BENCH_OBJECT_MB</c> (default 2048). Run:
/// <c>dotnet run -c Release --project bench/Cleanroom.Benchmarks -- --filter *ObjectStoreMemory*</c>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1)]
public partial class ObjectStoreMemoryBenchmark
{
    private string _directory = string.Empty;
    private Process? _server;
    private string _url = string.Empty;
    private Dictionary<string, string?> _environment = [];
    private long _bytes;

    private string Source => Path.Combine(_directory, "source.bin");

    private string Downloaded => Path.Combine(_directory, "downloaded.bin");

    [GlobalSetup]
    public void Setup()
    {
        _bytes = long.Parse(Environment.GetEnvironmentVariable("CLEANROOM_BENCH_OBJECT_MB") ?? "2048", CultureInfo.InvariantCulture) * 1024 * 1024;
        _directory = Directory.CreateTempSubdirectory("cleanroom-s3-bench-").FullName;
        WriteSource(Source, _bytes);
        var data = Path.Combine(_directory, "data");
        var account = JsonDocument.Parse(Run("dotnet", [Cleanroom, "account", "create", "--data-dir", data, "--name", "bench"], null)).RootElement;
        _environment = new Dictionary<string, string?>
        {
            ["AWS_ACCESS_KEY_ID"] = account.GetProperty("accessKeyId").GetString(),
            ["AWS_SECRET_ACCESS_KEY"] = account.GetProperty("secretAccessKey").GetString(),
            ["AWS_DEFAULT_REGION"] = "us-east-1",
            ["AWS_CONFIG_FILE"] = "/dev/null",
            ["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null",
            ["AWS_PROFILE"] = null,
            ["AWS_EC2_METADATA_DISABLED"] = "true",
        };
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Cleanroom, "serve", "--data-dir", data, "--urls", "http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(argument);
        }

        _server = Process.Start(start)!;
        _server.ErrorDataReceived += (_, _) => { };
        _server.BeginErrorReadLine();
        _url = ListeningLine().Match(_server.StandardOutput.ReadLine() ?? string.Empty).Groups[1].Value;
        Aws("s3", "mb", "s3://bench");
    }

    [Benchmark]
    public long UploadAndDownload()
    {
        Aws("s3", "cp", Source, "s3://bench/object.bin", "--no-progress");
        Aws("s3", "cp", "s3://bench/object.bin", Downloaded, "--no-progress");
        var size = new FileInfo(Downloaded).Length;
        File.Delete(Downloaded);
        return size;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        var status = File.ReadAllLines($"/proc/{_server!.Id}/status");
        string Field(string name) => status.First(line => line.StartsWith(name + ":", StringComparison.Ordinal))[(name.Length + 1)..].Trim();
        Console.WriteLine($"// Object store: {_bytes / (1024 * 1024)} MiB up and down; server VmHWM {Field("VmHWM")}, VmRSS at end {Field("VmRSS")}");
        _server.Kill(entireProcessTree: true);
        _server.WaitForExit();
        Directory.Delete(_directory, recursive: true);
    }

    private static string Cleanroom => Path.Combine(AppContext.BaseDirectory, "cleanroom.dll");

    /// <summary>Pseudo-random content (incompressible), one seeded 1 MiB block after another.</summary>
    private static void WriteSource(string path, long bytes)
    {
        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20);
        var block = new byte[1 << 20];
        for (long written = 0; written < bytes; written += block.Length)
        {
            RandomNumberGenerator.Fill(block);
            file.Write(block, 0, (int)Math.Min(block.Length, bytes - written));
        }
    }

    private void Aws(params string[] arguments) => Run("aws", [.. arguments, "--endpoint-url", _url], _environment);

    private static string Run(string program, string[] arguments, Dictionary<string, string?>? environment)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? [])
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed: {error.Result}");
    }

    [GeneratedRegex(@"^Cleanroom listening on (http://\S+)")]
    private static partial Regex ListeningLine();
}
