using Cleanroom.Rules.Tests.Generated;
using Cleanroom.Rules.Tests.Support;

namespace Cleanroom.Rules.Tests.Review;

/// <summary>
/// Renaming tricks that try to hide a column's role behind a name another column owns: positional column lists of
/// derived tables and CTEs, swapped select aliases, and (AGGREGATION) a select alias spelled like a join column.
/// The checker follows values, not names, and DuckDB binds the rendered names the same way.
/// </summary>
public sealed class AliasShuffleTests
{
    private const string Join = "FROM pub_events p JOIN adv_crm a ON p.hashed_email = a.hashed_email";

    [Theory]
    [InlineData("SELECT b FROM (SELECT age AS a, gender AS b FROM users) x (b, a)")]
    [InlineData("WITH c (gender, age) AS (SELECT age, gender FROM users) SELECT gender FROM c")]
    [InlineData("SELECT u.gender AS age, u.age AS gender FROM users u ORDER BY age")]
    [InlineData("SELECT x.gender FROM (SELECT u.age AS gender FROM users u) x")]
    [InlineData("SELECT gender FROM users WHERE 1 = 0 UNION ALL SELECT x.g FROM (SELECT age AS g FROM users) x")]
    public void A_disallowed_column_renamed_to_an_allowed_name_is_still_refused(string sql)
    {
        var context = Setup.Load("custom-d").Context();
        Assert.Contains(Checks.Rejected(sql, context), v => v.Rule == "custom.disallowedOutputColumns" && v.Message.Contains("users.age", StringComparison.Ordinal));
    }

    [Fact]
    public void The_positional_column_list_of_a_derived_table_is_followed_by_position()
    {
        // x (b, a) renames the first column (age) to b and the second (gender) to a: selecting a outputs gender only.
        var context = Setup.Load("custom-d").Context();
        Assert.IsType<Accepted>(Checks.Run("SELECT a FROM (SELECT age AS a, gender AS b FROM users) x (b, a)", context), exactMatch: false);
    }

    [Fact]
    public void An_ORDER_BY_alias_spelled_like_a_join_column_sorts_by_the_alias_not_the_join_column()
    {
        using var world = new AttackWorld(AttackWorld.PadsAndTarget());
        var rows = world.Run($"SELECT p.segment AS hashed_email, COUNT(DISTINCT p.hashed_email) AS n {Join} GROUP BY p.segment ORDER BY hashed_email");
        Assert.Equal(["diabetes_interest", 5m], Assert.Single(rows));
        Assert.Contains(Checks.Rejected($"SELECT p.segment, COUNT(DISTINCT p.hashed_email) AS n {Join} GROUP BY p.segment ORDER BY p.hashed_email", world.Context), v => v.Rule == "aggregation.joinColumns");
    }
}
