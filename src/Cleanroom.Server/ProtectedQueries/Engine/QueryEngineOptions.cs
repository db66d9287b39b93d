namespace Cleanroom.Server.ProtectedQueries.Engine;

/// <summary>
/// How protected queries run. Each query gets a fresh in-process DuckDB database with these limits; at most
/// <see cref="MaxConcurrentQueries"/> run at once server-wide and the others wait in order of submission.
/// </summary>
public sealed record QueryEngineOptions
{
    /// <summary>Queries that run at the same time across the server (the rest queue).</summary>
    public int MaxConcurrentQueries { get; init; } = 2;

    /// <summary>DuckDB worker threads per query; one thread is one CRPU for billing.</summary>
    public int ThreadsPerQuery { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// DuckDB's memory limit per query (it spills to the data directory's <c>tmp/</c> beyond it); null: three quarters
    /// of the machine's memory shared by <see cref="MaxConcurrentQueries"/>, so concurrent queries cannot exhaust it.
    /// </summary>
    public long? MemoryLimitBytes { get; init; }

    public long EffectiveMemoryLimitBytes =>
        MemoryLimitBytes ?? GC.GetGCMemoryInfo().TotalAvailableMemoryBytes * 3 / 4 / Math.Max(1, MaxConcurrentQueries);

    /// <summary>The longest a query may run before it ends TIMED_OUT (AWS: 24 hours).</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromHours(24);

    /// <summary>
    /// Disk a query may fill under its work folder: DuckDB's spill files and the result before it is published. Null: a
    /// quarter of the free space on the data directory's disk when the query starts, so that no query can fill the disk
    /// that holds every member's objects and the metadata store.
    /// </summary>
    public long? WorkDiskLimitBytes { get; init; }

    public long EffectiveWorkDiskLimitBytes(string workDirectory) =>
        WorkDiskLimitBytes ?? new DriveInfo(Path.GetFullPath(workDirectory)).AvailableFreeSpace / 4;

    /// <summary>When a result is written as several files, each holds about this many bytes.</summary>
    public long PartFileBytes { get; init; } = 256L * 1024 * 1024;
}
