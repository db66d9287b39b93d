using System.Globalization;
using Cleanroom.Server.ProtectedQueries.Engine;
using DuckDB.NET.Data;

namespace Cleanroom.Cli.Datagen;

/// <summary>
/// Writes the reference advertising dataset with DuckDB SQL. Every value is a function of the seed and the row number
/// (slices of an MD5 of <c>seed:table:row</c>) and a person's traits of the seed and the person's id, so the files are
/// the same for any thread count and any file size, and a row can be recomputed alone. Segments (1,000) and campaigns
/// (100) are skewed — a few large, most small — so a distinct-user threshold keeps some groups and removes others at
/// every scale; regions (50) are uniform. Rows are written in chunks of <see cref="DatasetSpec.RowsPerFile"/>, one file
/// per chunk and format: <c>parquet/&lt;table&gt;/part-00000.parquet</c>, <c>csv/&lt;table&gt;/part-00000.csv</c> (with a header).
/// </summary>
internal static class ReferenceDataset
{
    public static IReadOnlyList<DatasetFiles> Write(DatasetSpec spec, string directory, DatasetFormat formats, int? threads, Action<DatagenProgress> progress)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(spec.ImpressionRows, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(spec.RowsPerFile, 1);
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        if (threads is { } count)
        {
            Execute(connection, $"SET threads = {Number(count)}");
        }

        var total = DatasetTable.All.Sum(spec.RowsOf);
        var written = 0L;
        var files = new List<DatasetFiles>();
        foreach (var table in DatasetTable.All)
        {
            var rows = spec.RowsOf(table);
            var paths = Formats(formats).ToDictionary(format => format, _ => new List<string>());
            for (var (first, part) = (0L, 0); first < rows; first += spec.RowsPerFile, part++)
            {
                var last = Math.Min(rows, first + spec.RowsPerFile);
                Execute(connection, $"CREATE OR REPLACE TEMP TABLE chunk AS {Select(table, spec, first, last)}");
                foreach (var (format, list) in paths)
                {
                    var path = PathOf(directory, table, format, part);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    var options = format == DatasetFormat.Parquet ? "FORMAT parquet" : "FORMAT csv, HEADER true";
                    Execute(connection, $"COPY chunk TO {EngineSql.Literal(path)} ({options})");
                    list.Add(path);
                }

                written += last - first;
                progress(new DatagenProgress(written, total, paths.Values.First()[^1]));
            }

            files.AddRange(paths.Select(pair => new DatasetFiles(table, pair.Key, pair.Value, rows)));
        }

        Execute(connection, "DROP TABLE IF EXISTS chunk");
        return files;
    }

    public static string PathOf(string directory, DatasetTable table, DatasetFormat format, int part)
    {
        var extension = format == DatasetFormat.Parquet ? "parquet" : "csv";
        return Path.Combine(directory, extension, table.Name, string.Create(CultureInfo.InvariantCulture, $"part-{part:D5}.{extension}"));
    }

    /// <summary>The rows <paramref name="first"/> (inclusive) to <paramref name="last"/> (exclusive) of the table, in order.</summary>
    public static string Select(DatasetTable table, DatasetSpec spec, long first, long last) => table == DatasetTable.Impressions
        ? $"""
            WITH draws AS (SELECT i, md5('{Number(spec.Seed)}:impression:' || i) AS m FROM range({Number(first)}, {Number(last)}) AS r(i)),
            seen AS (SELECT i, {Slice("m", 1)} % {Number(spec.People)} + 1 AS user_id, {Slice("m", 16)} AS x FROM draws),
            traits AS (SELECT i, user_id, x, md5('{Number(spec.Seed)}:person:' || user_id) AS p FROM seen)
            SELECT user_id, {HashedEmail}, {Label("segment-", Skewed(Slice("p", 1), DatasetTable.Segments), 3)} AS segment,
                {Label("region-", $"{Slice("p", 16)} % {DatasetTable.Regions}", 2)} AS region,
                (['mobile', 'desktop', 'tablet', 'connected-tv'])[x % 4 + 1] AS device,
                CAST(DATE '2024-01-01' + CAST(x // 4 % 91 AS INTEGER) AS DATE) AS event_date,
                CAST((x // 364 % 1000 + 1) / 100 AS DECIMAL(10,2)) AS spend
            FROM traits
            """
        : $"""
            WITH draws AS (SELECT i, md5('{Number(spec.Seed)}:purchase:' || i) AS m FROM range({Number(first)}, {Number(last)}) AS r(i)),
            bought AS (SELECT i, {Slice("m", 1)} % {Number(spec.Buyers)} + 1 AS user_id, {Slice("m", 16)} AS x FROM draws)
            SELECT user_id, {HashedEmail}, {Label("campaign-", Skewed("x", DatasetTable.Campaigns), 2)} AS campaign,
                CAST((x // 1000000 % 50000 + 100) / 100 AS DECIMAL(10,2)) AS amount
            FROM bought
            """;

    private const string HashedEmail = "sha256('user' || user_id || '@example.com') AS hashed_email";

    private static IEnumerable<DatasetFormat> Formats(DatasetFormat formats) =>
        new[] { DatasetFormat.Parquet, DatasetFormat.Csv }.Where(format => formats.HasFlag(format));

    /// <summary>60 bits of an MD5 hex digest, from character <paramref name="start"/>, as a non-negative BIGINT.</summary>
    private static string Slice(string digest, int start) => $"CAST('0x' || substr({digest}, {start}, 15) AS BIGINT)";

    /// <summary>0 … count-1, low values far more likely (the square of a uniform draw): a long tail of small groups.</summary>
    private static string Skewed(string draw, int count) => $"CAST(floor({count} * pow(CAST({draw} % 1000000 AS DOUBLE) / 1000000, 2)) AS BIGINT)";

    private static string Label(string prefix, string index, int width) => $"'{prefix}' || lpad(CAST({index} AS VARCHAR), {width}, '0')";

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
