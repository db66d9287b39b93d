using Cleanroom.Rules.Tests.Support;

namespace Cleanroom.Rules.Tests;

/// <summary>
/// Every case of Cases/*.cases: the spec's acceptance examples (A1–A17, B1–B4, L1–L12 and the lab's, D1–D10, C1–C4)
/// and the per-control negative tests. Rejections must name the rule, the position and a message fragment; accepted
/// queries must render and run on DuckDB over the setup's tables, with the expected header.
/// </summary>
public sealed class AcceptanceTests
{
    public static TheoryData<string, string> Cases() => CaseFile.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_has_the_documented_verdict(string file, string name)
    {
        var entry = CaseFile.Get(file, name);
        var result = Checks.Run(entry.Sql, entry.Context());
        if (entry.Allowed)
        {
            var accepted = Assert.IsType<Accepted>(result, exactMatch: false);
            Assert.Empty(entry.Violations);
            if (entry.Run)
            {
                using var database = new TestDatabase(entry.Setup());
                var (columns, _) = database.Query(Checks.Render(accepted.Query));
                Assert.Equal(accepted.Query.OutputColumnNames, columns);
            }
            if (entry.Output is not null)
                Assert.Equal(entry.Output, accepted.Query.OutputColumnNames);
            return;
        }
        var rejected = Assert.IsType<Rejected>(result, exactMatch: false);
        Assert.NotEmpty(entry.Violations);
        foreach (var expected in entry.Violations)
            Assert.True(rejected.Violations.Any(expected.Matches), $"expected {expected}; got {Checks.Describe(result)}");
    }
}
