using Cleanroom.Rules.Tests.Generated;
using Cleanroom.Rules.Tests.Support;

namespace Cleanroom.Rules.Tests;

/// <summary>
/// 200 seeded CUSTOM queries: the checker blocks exactly those whose final projection a disallowed column reaches
/// (as the generator's own lineage says), and every accepted one runs on DuckDB with the announced header.
/// </summary>
public sealed class GeneratedLineageTests
{
    public const int Count = 200;

    [Fact]
    public void Disallowed_columns_are_blocked_exactly_when_they_reach_the_final_projection()
    {
        var setup = Setup.Load("custom-d");
        var context = setup.Context();
        using var database = new TestDatabase(setup);
        var (blocked, allowed) = (0, 0);
        for (var seed = 0; seed < Count; seed++)
        {
            var query = LineageQuery.Random(new Random(seed));
            var result = Checks.Run(query.Sql, context);
            if (query.Blocked)
            {
                var rejected = Assert.IsType<Rejected>(result);
                Assert.All(rejected.Violations, v => Assert.Equal("custom.disallowedOutputColumns", v.Rule));
                blocked++;
            }
            else
            {
                var accepted = Assert.IsType<Accepted>(result, exactMatch: false);
                var (columns, _) = database.Query(Checks.Render(accepted.Query));
                Assert.Equal(accepted.Query.OutputColumnNames, columns);
                allowed++;
            }
        }
        Assert.True(blocked > 40 && allowed > 40, $"{blocked} blocked, {allowed} allowed");
    }
}
