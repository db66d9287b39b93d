using System.Globalization;
using Cleanroom.Server.ProtectedQueries.Wire;

namespace Cleanroom.Server.ProtectedQueries;

/// <summary>How a query ended: its terminal status and either where the result went or why there is none.</summary>
internal sealed record QueryOutcome(string Status, ProtectedQueryOutput? Output, ProtectedQueryError? Error)
{
    public static QueryOutcome Succeeded(ProtectedQueryOutput output) => new(ProtectedQueryStatus.Success, output, null);

    public static QueryOutcome Failed(QueryFailure failure) => new(ProtectedQueryStatus.Failed, null, failure.ToWire());

    public static QueryOutcome TimedOut(TimeSpan limit) =>
        new(ProtectedQueryStatus.TimedOut, null, new ProtectedQueryError($"The query ran longer than the maximum run time of {Spoken(limit)}.", "TimedOut"));

    public static QueryOutcome Cancelled { get; } = new(ProtectedQueryStatus.Cancelled, null, null);

    private static string Spoken(TimeSpan limit) => limit.TotalHours >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{limit.TotalHours:0.##} hours")
        : string.Create(CultureInfo.InvariantCulture, $"{limit.TotalSeconds:0.##} seconds");
}
