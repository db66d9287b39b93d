using System.Security.Cryptography;
using Cleanroom.Server.Tests.Infrastructure;
using DuckDB.NET.Data;

namespace Cleanroom.Server.Tests.Datagen;

/// <summary>
/// <c>cleanroom datagen</c>: the same seed and size give byte-identical files whatever the thread count, another seed
/// other files, and the tables hold the reference dataset's columns, sizes and cardinalities.
/// </summary>
public sealed class DatagenTests
{
    // 25,000 people: enough that every one of the 1,000 skewed segments (the rarest has p ≈ 0.0005) occurs.
    private const long Impressions = 100_000;
    private const long People = Impressions / 4;
    private const long Buyers = People + People / 4;

    [Fact]
    public async Task TheSameSeedGivesTheSameFilesAndAnotherSeedOthers()
    {
        using var directory = new TempDirectory();
        var first = await GenerateAsync(directory.Combine("first"), seed: 7, threads: 1);
        var second = await GenerateAsync(directory.Combine("second"), seed: 7, threads: 2);
        var other = await GenerateAsync(directory.Combine("other"), seed: 8, threads: 2);

        // 2 tables × 2 formats; impressions in 3 files of at most 40,000 rows, purchases (50,000 rows) in 2.
        Assert.Equal(10, first.Count);
        Assert.Equal(first, second);
        Assert.Equal(first.Keys, other.Keys);
        Assert.All(first, pair => Assert.NotEqual(pair.Value, other[pair.Key]));
    }

    [Fact]
    public async Task TheTablesHoldTheReferenceDataset()
    {
        using var directory = new TempDirectory();
        var result = await CleanroomProgram.RunAsync("datagen", "--out", directory.Path, "--rows", Impressions.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", "3", "--rows-per-file", "40000");
        result.EnsureSuccess();
        Assert.Contains("impressions (Parquet): 100,000 rows in 3 files", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("purchases (Csv): 50,000 rows in 2 files", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("100.0 %", result.Stderr, StringComparison.Ordinal);

        using var duckDb = new DuckDBConnection("DataSource=:memory:");
        duckDb.Open();
        string Parquet(string table) => $"read_parquet('{directory.Path}/parquet/{table}/*.parquet')";
        string Csv(string table) => $"read_csv('{directory.Path}/csv/{table}/*.csv', header = true)";

        Assert.Equal(
            "user_id BIGINT, hashed_email VARCHAR, segment VARCHAR, region VARCHAR, device VARCHAR, event_date DATE, spend DECIMAL(10,2)",
            Schema(duckDb, Parquet("impressions")));
        Assert.Equal("user_id BIGINT, hashed_email VARCHAR, campaign VARCHAR, amount DECIMAL(10,2)", Schema(duckDb, Parquet("purchases")));

        var impressions = Row(duckDb, $"""
            SELECT count(*), count(DISTINCT segment), count(DISTINCT region), count(DISTINCT device),
                min(user_id), max(user_id), count(DISTINCT user_id), min(event_date)::VARCHAR, max(event_date)::VARCHAR,
                min(spend)::VARCHAR, max(spend)::VARCHAR,
                bool_and(regexp_full_match(segment, 'segment-[0-9][0-9][0-9]') AND regexp_full_match(region, 'region-[0-9][0-9]')),
                bool_and(hashed_email = sha256('user' || user_id || '@example.com')),
                count(DISTINCT (user_id, segment, region))
            FROM {Parquet("impressions")}
            """);
        Assert.Equal<object>([Impressions, 1000L, 50L, 4L, 1L, People], impressions[..6]);
        Assert.InRange((long)impressions[6], People * 9 / 10, People);
        Assert.Equal<object>(["2024-01-01", "2024-03-31", "0.01", "10.00", true, true], impressions[7..13]);
        Assert.Equal(impressions[6], impressions[13]); // segment and region are traits of the person

        var purchases = Row(duckDb, $"""
            SELECT count(*), count(DISTINCT campaign), min(user_id) >= 1, max(user_id) <= {Buyers},
                count(DISTINCT user_id) FILTER (WHERE user_id > {People}) > 0,
                bool_and(regexp_full_match(campaign, 'campaign-[0-9][0-9]')),
                bool_and(hashed_email = sha256('user' || user_id || '@example.com')),
                min(amount) >= 1, max(amount) < 501
            FROM {Parquet("purchases")}
            """);
        Assert.Equal<object>([Impressions / 2, 100L, true, true, true, true, true, true, true], purchases);

        // Skewed: the largest segment and campaign hold many times their even share.
        Assert.True((long)Row(duckDb, $"SELECT max(n) FROM (SELECT count(*) AS n FROM {Parquet("impressions")} GROUP BY segment)")[0] > 10 * Impressions / 1000);
        Assert.True((long)Row(duckDb, $"SELECT max(n) FROM (SELECT count(*) AS n FROM {Parquet("purchases")} GROUP BY campaign)")[0] > 5 * Impressions / 2 / 100);

        // The CSV files hold the same rows in the same order.
        foreach (var table in new[] { "impressions", "purchases" })
        {
            Assert.Equal(0L, Row(duckDb, $"""
                SELECT count(*) FROM (
                    SELECT row_number() OVER () AS n, * FROM {Parquet(table)}
                    EXCEPT ALL
                    SELECT row_number() OVER () AS n, * FROM {Csv(table)})
                """)[0]);
        }
    }

    /// <summary>Runs datagen into <paramref name="output"/>; returns each file's path below it and SHA-256.</summary>
    private static async Task<Dictionary<string, string>> GenerateAsync(string output, long seed, int threads)
    {
        (await CleanroomProgram.RunAsync(
            "datagen", "--out", output, "--rows", "100000", "--rows-per-file", "40000",
            "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--threads", threads.ToString(System.Globalization.CultureInfo.InvariantCulture))).EnsureSuccess();
        return Directory.GetFiles(output, "*", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(output, path), path => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))));
    }

    private static string Schema(DuckDBConnection connection, string source)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT string_agg(column_name || ' ' || column_type, ', ') FROM (DESCRIBE SELECT * FROM {source})";
        return (string)command.ExecuteScalar()!;
    }

    private static object[] Row(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        var values = new object[reader.FieldCount];
        reader.GetValues(values);
        return values;
    }
}
