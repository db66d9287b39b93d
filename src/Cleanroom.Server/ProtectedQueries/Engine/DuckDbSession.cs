using System.Data.Common;
using System.Globalization;
using DuckDB.NET.Data;

namespace Cleanroom.Server.ProtectedQueries.Engine;

/// <summary>
/// One query's private DuckDB database, in memory. It is set up with the query's limits, given its views, then locked:
/// no file outside the listed table files and the query's own temporary folder, no configuration changes, no
/// extension loading. Commands run synchronously; <see cref="Interrupt"/> stops the running one from another thread.
/// </summary>
internal sealed class DuckDbSession : IDisposable
{
    private readonly DuckDBConnection connection = new("DataSource=:memory:");
    private readonly Lock gate = new();
    private DuckDBCommand? running;
    private bool interrupted;

    public DuckDbSession(QueryEngineOptions options, string workDirectory)
    {
        WorkDiskLimitBytes = options.EffectiveWorkDiskLimitBytes(workDirectory);
        connection.Open();
        var settings = new List<string>
        {
            $"SET threads = {options.ThreadsPerQuery.ToString(CultureInfo.InvariantCulture)}",
            $"SET temp_directory = {EngineSql.Literal(Path.Combine(workDirectory, "spill"))}",
            "SET autoinstall_known_extensions = false",
            "SET autoload_known_extensions = false",
            "SET enable_progress_bar = false",
            "SET TimeZone = 'UTC'",
            $"SET memory_limit = '{options.EffectiveMemoryLimitBytes.ToString(CultureInfo.InvariantCulture)}B'",
            $"SET max_temp_directory_size = '{WorkDiskLimitBytes.ToString(CultureInfo.InvariantCulture)}B'",
        };
        foreach (var setting in settings)
        {
            Execute(setting);
        }
    }

    /// <summary>The most the query's work folder may hold; DuckDB's spill files stop there by themselves.</summary>
    public long WorkDiskLimitBytes { get; }

    /// <summary>From now on DuckDB reads only <paramref name="files"/> and writes only under <paramref name="workDirectory"/>.</summary>
    public void LockDown(IEnumerable<string> files, string workDirectory)
    {
        Execute($"SET allowed_paths = {EngineSql.List(files)}");
        Execute($"SET allowed_directories = {EngineSql.List([workDirectory.TrimEnd('/') + "/"])}");
        Execute("SET enable_external_access = false");
        Execute("SET lock_configuration = true");
    }

    public void Execute(string sql)
    {
        using var command = Start(sql);
        try
        {
            command.ExecuteNonQuery();
        }
        finally
        {
            Finish();
        }
    }

    /// <summary>Runs a query and maps every row; for the engine's own small queries (schemas, samples).</summary>
    public List<T> Query<T>(string sql, Func<DbDataReader, T> map)
    {
        using var command = Start(sql);
        try
        {
            using var reader = command.ExecuteReader();
            var rows = new List<T>();
            while (reader.Read())
            {
                rows.Add(map(reader));
            }

            return rows;
        }
        finally
        {
            Finish();
        }
    }

    /// <summary>Stops the running command (it throws); later commands are refused. Safe from any thread.</summary>
    public void Interrupt()
    {
        lock (gate)
        {
            interrupted = true;
            running?.Cancel();
        }
    }

    public void Dispose() => connection.Dispose();

    private DuckDBCommand Start(string sql)
    {
        lock (gate)
        {
            if (interrupted)
            {
                throw new OperationCanceledException("The query was interrupted.");
            }

            running = connection.CreateCommand();
            running.CommandText = sql;
            return running;
        }
    }

    private void Finish()
    {
        lock (gate)
        {
            running = null;
        }
    }
}
