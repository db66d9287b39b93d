using System.Globalization;

namespace Cleanroom.Benchmarks.Queries;

/// <summary>
/// The process's peak resident set over a stretch of work, DuckDB's native memory included: Linux's VmHWM, reset by
/// writing 5 to /proc/self/clear_refs before the work. Elsewhere, the process's peak working set (never reset).
/// </summary>
internal static class PeakMemory
{
    private const string Status = "/proc/self/status";

    public static void Reset()
    {
        if (OperatingSystem.IsLinux())
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
    }

    public static long ReadBytes()
    {
        if (!OperatingSystem.IsLinux())
        {
            return System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64;
        }

        var line = File.ReadLines(Status).First(entry => entry.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }
}
