using System.Globalization;
using Cleanroom.Sql.Parsing;
using Cleanroom.Sql.Rendering;
using DuckDB.NET.Data;

namespace Cleanroom.Sql.Tests;

/// <summary>
/// Renders corpus queries, runs them on a real in-memory DuckDB, and compares rows and column names with hand-written
/// DuckDB SQL that spells out the Spark semantics (division, substr, date_add, nvl, concat with NULL, rounding, trunc…).
/// </summary>
public sealed class ExecutionTests : IDisposable
{
    private const string Setup = """
        CREATE TABLE pub_events (hashed_email VARCHAR, segment VARCHAR, region VARCHAR, device VARCHAR, spend DECIMAL(10, 2), event_date DATE);
        INSERT INTO pub_events VALUES
          ('h1', 'sports', 'NW', 'ios', 12.50, DATE '2024-01-05'),
          ('h1', 'sports', NULL, 'android', 3.00, DATE '2024-02-01'),
          ('h2', 'sports', 'SE', 'ios', 20.00, DATE '2024-03-01'),
          ('h3', 'news', 'SE', 'web', NULL, DATE '2024-01-01'),
          ('h4', 'news', NULL, 'ios', 5.00, DATE '2024-06-30'),
          ('h2', 'travel', 'NW', 'web', 7.25, DATE '2023-12-31');
        CREATE TABLE adv_crm (hashed_email VARCHAR, tier VARCHAR);
        INSERT INTO adv_crm VALUES ('h1', 'gold'), ('h2', 'silver'), ('h5', 'gold'), ('h6', NULL);
        CREATE TABLE people (id INTEGER, name VARCHAR, code VARCHAR);
        INSERT INTO people VALUES (1, 'bob', 'a_b'), (2, 'alice', 'axb'), (3, NULL, 'c');
        SET TimeZone = 'UTC';
        """;

    private readonly DuckDBConnection connection = new("DataSource=:memory:");

    public ExecutionTests()
    {
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = Setup;
        command.ExecuteNonQuery();
    }

    public void Dispose() => connection.Dispose();

    private static IReadOnlyList<string> Entries() => CorpusFile.Entries(RepositoryFiles.CorpusPath("execution.sql"));

    public static TheoryData<int> Cases()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Entries().Count; i++)
            data.Add(i);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rendered_query_returns_what_the_hand_written_duckdb_query_returns(int index)
    {
        var parts = Entries()[index].Split("\n-- duckdb\n");
        var parsed = SqlParser.Parse(parts[0]);
        Assert.True(parsed.Succeeded, string.Join("; ", parsed.Diagnostics));
        var rendered = DuckDbRenderer.Render(parsed.Query);

        var (actualNames, actualRows) = Run(rendered);
        var (expectedNames, expectedRows) = Run(parts[1]);

        Assert.Equal(expectedNames, actualNames);
        Assert.Equal(OutputColumns.Of(parsed.Query), actualNames);
        Assert.True(expectedRows.SequenceEqual(actualRows), $"rendered: {rendered}\nexpected: {string.Join(" / ", expectedRows)}\nactual:   {string.Join(" / ", actualRows)}");
    }

    [Fact]
    public void Execution_corpus_has_at_least_30_pairs() => Assert.True(Entries().Count >= 30);

    [Fact]
    public void Overflow_between_literals_alone_is_still_an_error()
    {
        var parsed = SqlParser.Parse("SELECT CAST(2147483647 AS INT) + CAST(1 AS INT)");
        var rendered = DuckDbRenderer.Render(parsed.Query!);
        var error = Assert.ThrowsAny<Exception>(() => Run(rendered));
        Assert.Contains("Overflow", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Nested_spark_substrings_render_in_linear_size()
    {
        var text = "SELECT " + string.Concat(Enumerable.Repeat("substr(", 60)) + "name" + string.Concat(Enumerable.Repeat(", 0, 50)", 60)) + " AS s FROM people ORDER BY id";
        var rendered = DuckDbRenderer.Render(SqlParser.Parse(text).Query!);
        Assert.True(rendered.Length < 60 * 1000, $"rendered {rendered.Length} characters");
        var (_, rows) = Run(rendered);
        Assert.Equal(["bob", "alice", "NULL"], rows);
    }

    private (List<string> Names, List<string> Rows) Run(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => Normalize(reader.IsDBNull(i) ? null : reader.GetValue(i)))));
        return (names, rows);
    }

    // Values compare by meaning, not by engine type: numbers numerically (to 12 significant digits), dates as dates.
    private static string Normalize(object? value) => value switch
    {
        null => "NULL",
        double d when double.IsNaN(d) => "NaN",
        System.Numerics.BigInteger big => ((double)big).ToString("G12", CultureInfo.InvariantCulture),
        float or double or decimal or int or long or short or sbyte or byte or ulong or uint or ushort =>
            Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("G12", CultureInfo.InvariantCulture),
        DateOnly date => "date " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime stamp => "timestamp " + stamp.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
