namespace Cleanroom.Benchmarks.Queries;

/// <summary>Everything one run of the harness measured, as written to <c>bench/results/latest.json</c>.</summary>
internal sealed record BenchResults(
    string Date,
    string Command,
    MachineInfo Machine,
    EngineSettings Engine,
    IReadOnlyList<ScaleFigures> Scales,
    LatencyFigures? Latency,
    ControlPlaneFigures? ControlPlane,
    double? C3rEncryptRowsPerSecond,
    double? LoadBeforeApi,
    double? LoadBeforeC3r);

/// <summary>The DuckDB settings both the raw and the protected runs used.</summary>
internal sealed record EngineSettings(int Threads, double MemoryLimitGiB, int MaxConcurrentQueries);
