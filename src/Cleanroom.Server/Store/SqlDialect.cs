using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Cleanroom.Server.Store;

/// <summary>
/// Everything that differs between database engines, kept in one place so the store and the data-access code
/// stay engine-neutral. Only SQLite exists today; a PostgreSQL dialect is one more factory method here.
/// </summary>
internal sealed class SqlDialect
{
    private readonly Func<DbConnection> connect;

    private SqlDialect(string name, Func<DbConnection> connect, string databaseSetup, string sessionSetup)
    {
        Name = name;
        this.connect = connect;
        DatabaseSetup = databaseSetup;
        SessionSetup = sessionSetup;
    }

    public string Name { get; }

    /// <summary>Run once when the store opens (persistent settings such as the journal mode).</summary>
    public string DatabaseSetup { get; }

    /// <summary>Run on every connection open (per-connection settings).</summary>
    public string SessionSetup { get; }

    /// <summary>
    /// SQLite in WAL mode with <c>synchronous=FULL</c>: an acknowledged commit survives SIGKILL and power loss.
    /// The busy timeout lets the CLI and the server write the same file concurrently.
    /// </summary>
    public static SqlDialect Sqlite(string path)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            DefaultTimeout = 30,
            Pooling = true,
        }.ToString();
        return new SqlDialect(
            "sqlite",
            () => new SqliteConnection(connectionString),
            "PRAGMA journal_mode=WAL;",
            "PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON;");
    }

    public DbConnection CreateConnection() => connect();
}
