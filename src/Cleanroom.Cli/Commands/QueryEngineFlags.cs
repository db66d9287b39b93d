using System.CommandLine;
using System.Globalization;
using Cleanroom.Server.ProtectedQueries.Engine;

namespace Cleanroom.Cli.Commands;

/// <summary>
/// <c>cleanroom serve</c>'s protected-query engine flags: <c>--max-concurrent-queries N</c>, <c>--query-threads N</c>,
/// <c>--query-memory-limit SIZE</c> and <c>--query-disk-limit SIZE</c> (bytes, or with KB/MB/GB/TB or KiB/MiB/GiB/TiB) and <c>--query-time-limit
/// DURATION</c> (<c>90s</c>, <c>30m</c>, <c>2h</c>, <c>1d</c> or <c>hh:mm:ss</c>). An absent flag keeps the engine's default.
/// </summary>
internal sealed class QueryEngineFlags
{
    private readonly Option<int?> maxConcurrent = new("--max-concurrent-queries")
    {
        Description = "Protected queries that run at once server-wide; the rest wait in order (default 2).",
        CustomParser = result => Quantity.ParseCount(result),
    };

    private readonly Option<int?> threads = new("--query-threads")
    {
        Description = "DuckDB threads per protected query (default: one per processor).",
        CustomParser = result => Quantity.ParseCount(result),
    };

    private readonly Option<long?> memoryLimit = new("--query-memory-limit")
    {
        Description = "DuckDB memory per protected query before it spills to disk, e.g. 4GiB (default: three quarters of the memory shared by the concurrent queries).",
        CustomParser = result => Quantity.ParseBytes(result),
    };

    private readonly Option<long?> diskLimit = new("--query-disk-limit")
    {
        Description = "Disk a protected query's spill files and result may fill, e.g. 20GiB (default: a quarter of the free disk when it starts).",
        CustomParser = result => Quantity.ParseBytes(result),
    };

    private readonly Option<TimeSpan?> timeLimit = new("--query-time-limit")
    {
        Description = "Longest a protected query may run before it ends TIMED_OUT, e.g. 30m or 2h (default 24h).",
        CustomParser = result => Quantity.ParseDuration(result),
    };

    public IEnumerable<Option> All => [maxConcurrent, threads, memoryLimit, diskLimit, timeLimit];

    /// <summary><paramref name="defaults"/> with every flag given on the command line applied.</summary>
    public QueryEngineOptions Apply(ParseResult parse, QueryEngineOptions defaults) => defaults with
    {
        MaxConcurrentQueries = parse.GetValue(maxConcurrent) ?? defaults.MaxConcurrentQueries,
        ThreadsPerQuery = parse.GetValue(threads) ?? defaults.ThreadsPerQuery,
        MemoryLimitBytes = parse.GetValue(memoryLimit) ?? defaults.MemoryLimitBytes,
        WorkDiskLimitBytes = parse.GetValue(diskLimit) ?? defaults.WorkDiskLimitBytes,
        TimeLimit = parse.GetValue(timeLimit) ?? defaults.TimeLimit,
    };

    /// <summary>The settings in the words of the flags, for the line <c>serve</c> prints when it listens.</summary>
    public static string Describe(QueryEngineOptions options) => string.Create(CultureInfo.InvariantCulture,
        $"protected queries: {options.MaxConcurrentQueries} at once, {options.ThreadsPerQuery} threads and {options.EffectiveMemoryLimitBytes / 1048576.0:F0} MiB each, time limit {options.TimeLimit}");
}
