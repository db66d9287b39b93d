using Cleanroom.Rules.Tests.Generated;
using Cleanroom.Rules.Tests.Support;
using DuckDB.NET.Data;

namespace Cleanroom.Rules.Tests;

/// <summary>80 seeded allowed list queries must return exactly the distinct overlap rows an oracle computes (with LIMIT, a subset of the right size).</summary>
public sealed class GeneratedListTests : IDisposable
{
    public const int Count = 80;
    private readonly DuckDBConnection connection = GeneratedTable.Open(ListWorld.Tables);

    public void Dispose() => connection.Dispose();

    [Fact]
    public void Generated_list_queries_return_exactly_the_overlap_rows()
    {
        var context = new QueryContext(ListWorld.Runner, [.. ListWorld.Tables.Select(t => t.Schema)]);
        var (rows, limited) = (0, 0);
        for (var seed = 0; seed < Count; seed++)
        {
            var query = GeneratedList.Random(new Random(seed));
            var sql = query.Sql();
            var accepted = Assert.IsType<Accepted>(Checks.Run(sql, context), exactMatch: false);
            var actual = ResultRows.Read(connection, Checks.Render(accepted.Query));
            var expected = query.Expected();
            if (query.Limit is { } limit && limit < expected.Count)
            {
                Assert.Equal(limit, actual.Count);
                var keys = expected.Select(Key).ToHashSet();
                Assert.All(actual, row => Assert.Contains(Key(row), keys));
                limited++;
            }
            else
                ResultRows.Equal(expected, actual, query.Columns.Count, $"seed {seed}: {sql}");
            rows += expected.Count;
        }
        Assert.True(rows > 300, $"only {rows} rows");
        Assert.True(limited > 5, $"only {limited} queries cut by LIMIT");
    }

    private static string Key(object?[] row) => string.Join("\u0001", row.Select(v => v?.ToString() ?? "\u0000"));
}
