using Cleanroom.Server.Glue;
using Cleanroom.Server.ProtectedQueries.Engine;
using Cleanroom.Server.Tests.Infrastructure;
using DuckDB.NET.Data;

namespace Cleanroom.Server.Tests.ProtectedQueries;

/// <summary>
/// The engine's database once locked down: its views read their files, but no other file can be read or written,
/// the configuration cannot be changed back and extensions do not load; an interrupt stops a running statement.
/// </summary>
public sealed class EngineLockdownTests
{
    [Fact]
    public void ALockedSessionReadsOnlyItsViewsFiles()
    {
        using var directory = new TempDirectory("cleanroom-engine");
        var work = directory.Combine("work");
        Directory.CreateDirectory(work);
        var table = directory.Combine("table.csv");
        var secret = directory.Combine("secret.csv");
        File.WriteAllText(table, "id,name\n1,alpha\n2,beta\n");
        File.WriteAllText(secret, "value\nnot for queries\n");
        var source = new TableSource(
            new S3Location("bucket", "table/"),
            TableFormat.Csv,
            [new TableColumn("id", HiveType.Parse("int")!, "int"), new TableColumn("name", HiveType.Parse("string")!, "string")],
            [],
            new CsvDialect(',', '"', '\\', null, 1));
        var read = new TableRead("view_1", "111111111111", source, [source.Columns[0]], []);

        using var session = new DuckDbSession(new QueryEngineOptions { ThreadsPerQuery = 1 }, work);
        TableViews.Create(session, read, [new FileGroup([table], FileCompression.None, [])], null);
        session.LockDown([table], work);

        Assert.Equal([1, 2], session.Query("SELECT id FROM view_1 ORDER BY id", reader => reader.GetInt32(0)));
        Assert.Throws<DuckDBException>(() => session.Query("SELECT name FROM view_1", reader => reader.GetString(0)));
        Assert.Throws<DuckDBException>(() => session.Query($"SELECT * FROM read_csv('{secret}')", reader => reader.GetValue(0)));
        Assert.Throws<DuckDBException>(() => session.Execute($"COPY (SELECT 1) TO '{directory.Combine("out.csv")}'"));
        Assert.Throws<DuckDBException>(() => session.Execute("SET enable_external_access = true"));
        Assert.Throws<DuckDBException>(() => session.Execute("SET allowed_paths = []"));
        Assert.Throws<DuckDBException>(() => session.Execute("LOAD httpfs"));
        session.Execute($"COPY (SELECT id FROM view_1) TO '{Path.Combine(work, "result.csv")}' (FORMAT csv, HEADER true)");
        Assert.Equal("id\n1\n2\n", File.ReadAllText(Path.Combine(work, "result.csv")));
    }

    [Fact]
    public async Task AnInterruptStopsTheRunningStatementAtOnce()
    {
        using var directory = new TempDirectory("cleanroom-engine");
        using var session = new DuckDbSession(new QueryEngineOptions { ThreadsPerQuery = 1 }, directory.Path);
        var running = Task.Run(() => session.Execute("SELECT COUNT(*) FROM range(100000) a, range(100000) b, range(100000) c WHERE a.range + b.range + c.range = -1"));
        await Task.Delay(300);
        var interrupted = System.Diagnostics.Stopwatch.StartNew();
        session.Interrupt();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        Assert.InRange(interrupted.ElapsedMilliseconds, 0, 1000);
        Assert.Throws<OperationCanceledException>(() => session.Execute("SELECT 1"));
    }
}
