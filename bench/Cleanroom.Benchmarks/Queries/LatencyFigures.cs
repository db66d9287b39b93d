namespace Cleanroom.Benchmarks.Queries;

/// <summary>
/// Submit→SUCCESS of a small query: as the client saw it (StartProtectedQuery sent until GetProtectedQuery answered
/// SUCCESS and the result was downloaded; includes up to one polling interval) and as the server reports it
/// (totalDurationInMillis: creation to end).
/// </summary>
internal sealed record LatencyFigures(long InputRows, int Runs, double PollMs, double ClientMedianMs, double ClientP95Ms, double ServerMedianMs, double ServerP95Ms);
