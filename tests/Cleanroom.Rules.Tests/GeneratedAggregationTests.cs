using Cleanroom.Rules.Tests.Generated;
using Cleanroom.Rules.Tests.Support;
using DuckDB.NET.Data;

namespace Cleanroom.Rules.Tests;

/// <summary>
/// 240 seeded allowed aggregation queries (joins, dimensions, filters, measures, HAVING, ORDER BY, thresholds that
/// vary per query) are checked, rewritten, rendered and run on DuckDB; the rows must be exactly those an independent
/// oracle computes from the raw rows, applying the thresholds itself.
/// </summary>
public sealed class GeneratedAggregationTests : IDisposable
{
    public const int Count = 240;
    private readonly DuckDBConnection connection = GeneratedTable.Open(AggregationWorld.Tables(2, 2, 2));

    public void Dispose() => connection.Dispose();

    [Fact]
    public void Generated_queries_return_exactly_the_rows_the_oracle_computes()
    {
        var (returned, suppressed, withHaving) = (0, 0, 0);
        for (var seed = 0; seed < Count; seed++)
        {
            var query = GeneratedAggregation.Random(new Random(seed));
            var tables = AggregationWorld.Tables(query.AdvMinimum, query.PubMinimum, query.RetMinimum);
            var context = new QueryContext(AggregationWorld.Runner, [.. tables.Select(t => t.Schema)]);
            var sql = query.Sql();
            var result = Checks.Run(sql, context);
            var accepted = Assert.IsType<Accepted>(result, exactMatch: false);
            var actual = ResultRows.Read(connection, Checks.Render(accepted.Query));
            var (expected, dropped) = AggregationOracle.Rows(query);
            ResultRows.Equal(expected, actual, query.Dimensions.Count, $"seed {seed}: {sql}");
            returned += expected.Count;
            suppressed += dropped;
            withHaving += query.Having is null ? 0 : 1;
        }
        // The generator must exercise what it claims: rows kept, rows suppressed, HAVING present.
        Assert.True(returned > 200, $"only {returned} rows returned");
        Assert.True(suppressed > 100, $"only {suppressed} groups suppressed");
        Assert.True(withHaving > 30, $"only {withHaving} queries with HAVING");
    }
}
