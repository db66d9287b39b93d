using Cleanroom.Server.ProtectedQueries.Engine;

namespace Cleanroom.Benchmarks.Queries;

/// <summary>
/// The baseline: hand-written DuckDB SQL over the very files the server reads, in a fresh in-memory database with the
/// engine's own settings (<see cref="DuckDbSession"/>: threads, memory limit, spill folder), written with the same
/// COPY to a CSV file — no views, no lock-down, no object store, no metadata.
/// </summary>
internal sealed class RawPath(BenchWorld world, string workRoot)
{
    public string Sources(string sql) => CanonicalQuery.Over(sql, Read(world.ImpressionFiles), Read(world.PurchaseFiles));

    /// <summary>Runs <paramref name="sql"/> (placeholders replaced) into a new CSV file; returns its path.</summary>
    public string Run(string sql)
    {
        var work = Path.Combine(workRoot, Guid.NewGuid().ToString());
        Directory.CreateDirectory(work);
        var output = Path.Combine(work, "result.csv");
        using (var session = new DuckDbSession(world.Options.Queries, work))
        {
            session.Execute($"COPY ({Sources(sql)}) TO {EngineSql.Literal(output)} (FORMAT csv, HEADER true)");
        }

        return output;
    }

    /// <summary>The number of rows <paramref name="sql"/> returns (to count what a threshold removed).</summary>
    public long Count(string sql)
    {
        using var session = new DuckDbSession(world.Options.Queries, workRoot);
        return session.Query($"SELECT count(*) FROM ({Sources(sql)})", reader => reader.GetInt64(0))[0];
    }

    private static string Read(IReadOnlyList<string> files) => $"read_parquet({EngineSql.List(files)})";
}
