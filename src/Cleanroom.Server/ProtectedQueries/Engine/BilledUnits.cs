namespace Cleanroom.Server.ProtectedQueries.Engine;

/// <summary>
/// Billed compute in CRPU-hours: one CRPU is one engine thread, held for the query's whole run. The run time is
/// rounded up to whole minutes with a one-minute minimum (AWS bills Spark SQL per second with a 60-second minimum),
/// so the figure says little about how much data a query touched: per-query resource figures are a size side
/// channel (peers-and-attacks B.6f).
/// </summary>
internal static class BilledUnits
{
    private const double SecondsPerUnit = 60;

    public static double Of(TimeSpan runTime, int threads)
    {
        var minutes = Math.Max(1, Math.Ceiling(runTime.TotalSeconds / SecondsPerUnit));
        return Math.Round(threads * minutes * SecondsPerUnit / 3600, 6);
    }
}
