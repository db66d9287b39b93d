using System.Globalization;
using System.Runtime.InteropServices;
using DuckDB.NET.Data;

namespace Cleanroom.Benchmarks.Queries;

/// <summary>What the figures were measured on.</summary>
internal sealed record MachineInfo(int Cores, string Cpu, double MemoryGiB, string Os, string Kernel, string Runtime, string DuckDb)
{
    public static MachineInfo Describe()
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version()";
        var duckDb = (string)command.ExecuteScalar()!;
        return new MachineInfo(
            Environment.ProcessorCount,
            ProcField("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
            GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0,
            OsRelease() ?? RuntimeInformation.OSDescription,
            Environment.OSVersion.VersionString,
            RuntimeInformation.FrameworkDescription,
            duckDb);
    }

    /// <summary>The 1-minute load average (Linux), or NaN.</summary>
    public static double Load()
    {
        const string path = "/proc/loadavg";
        return File.Exists(path) ? double.Parse(File.ReadAllText(path).Split(' ')[0], CultureInfo.InvariantCulture) : double.NaN;
    }

    private static string? ProcField(string path, string name) => File.Exists(path)
        ? File.ReadLines(path).Where(line => line.StartsWith(name, StringComparison.Ordinal)).Select(line => line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()).FirstOrDefault()
        : null;

    private static string? OsRelease() => File.Exists("/etc/os-release")
        ? File.ReadLines("/etc/os-release").Where(line => line.StartsWith("PRETTY_NAME=", StringComparison.Ordinal)).Select(line => line["PRETTY_NAME=".Length..].Trim('"')).FirstOrDefault()
        : null;
}
