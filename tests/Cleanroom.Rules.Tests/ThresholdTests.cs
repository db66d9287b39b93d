using System.Text.RegularExpressions;
using Cleanroom.Rules.Tests.Generated;
using Cleanroom.Rules.Tests.Support;
using Cleanroom.Sql.Rendering;
using DuckDB.NET.Data;

namespace Cleanroom.Rules.Tests;

/// <summary>
/// The threshold rewrite on real data (spec setup A with enough people for its threshold of 100): which rows
/// survive, the most restrictive minimum, thresholds the query never mentions, a lone row without GROUP BY, and the
/// hidden COUNT(DISTINCT) computed once with the user's.
/// </summary>
public sealed partial class ThresholdTests : IDisposable
{
    private readonly DuckDBConnection connection;
    private readonly QueryContext context = Setup.Load("aggregation-a").Context();

    public ThresholdTests()
    {
        // 300 people; the publisher reached 150 of them in spring, 60 in summer, 120 in fall.
        var people = Enumerable.Range(0, 300).Select(i => $"h{i:000}").ToList();
        var advertiser = people.Select((h, i) => new Row(new()
        {
            ["hashedemail"] = h, ["demoseg"] = i % 3 == 0 ? "young" : "old", ["purchasedate"] = null, ["purchases"] = (long)(i % 7),
        }));
        var publisher = people.Take(150).Select(h => (h, "spring"))
            .Concat(people.Skip(150).Take(60).Select(h => (h, "summer")))
            .Concat(people.Skip(100).Take(120).Select(h => (h, "fall")))
            .Select(p => new Row(new() { ["hashedemail"] = p.h, ["campaignname"] = p.Item2, ["impressiondate"] = null }));
        connection = GeneratedTable.Open([new GeneratedTable(context.Tables[0], [.. advertiser]), new GeneratedTable(context.Tables[1], [.. publisher])]);
    }

    public void Dispose() => connection.Dispose();

    [Fact]
    public void A1_keeps_only_rows_with_at_least_the_highest_minimum_of_distinct_people()
    {
        var rows = Run("SELECT publisher.campaignname, advertiser.demoseg, COUNT(DISTINCT advertiser.hashedemail) AS ct FROM advertiser INNER JOIN publisher ON advertiser.hashedemail = publisher.hashedemail GROUP BY publisher.campaignname, advertiser.demoseg");
        // spring: 100 old, 50 young; fall: 80 old, 40 young; summer: 40 old, 20 young. Only spring/old reaches 100.
        var row = Assert.Single(rows);
        Assert.Equal(["spring", "old", 100m], row);
    }

    [Fact]
    public void Thresholds_apply_without_GROUP_BY_and_remove_the_lone_row()
    {
        Assert.Equal(150m, Assert.Single(Run("SELECT COUNT(DISTINCT a.hashedemail) AS n FROM advertiser a JOIN publisher p ON a.hashedemail = p.hashedemail WHERE p.campaignname = 'spring'"))[0]);
        Assert.Empty(Run("SELECT COUNT(DISTINCT a.hashedemail) AS n FROM advertiser a JOIN publisher p ON a.hashedemail = p.hashedemail WHERE p.campaignname = 'summer'"));
    }

    [Fact]
    public void Thresholds_apply_to_columns_the_query_does_not_mention()
    {
        var rows = Run("SELECT p.campaignname, SUM(a.purchases) AS total FROM advertiser a JOIN publisher p ON a.hashedemail = p.hashedemail GROUP BY p.campaignname");
        Assert.Equal(["fall", "spring"], rows.Select(r => (string)r[0]!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_same_column_takes_the_highest_minimum_and_every_instance_carries_its_own()
    {
        var three = Setup.Load("aggregation-three").Context();
        var rendered = Checks.Render(Checks.Accepted("SELECT COUNT(DISTINCT a.email) AS n FROM advertiser a JOIN publisher p ON a.email = p.email JOIN publisher q ON q.email = a.email", three));
        Assert.Contains("(count(DISTINCT \"cr_t1\".\"email\") >= 3)", rendered, StringComparison.Ordinal);
        Assert.Contains("(count(DISTINCT \"cr_t2\".\"email\") >= 7)", rendered, StringComparison.Ordinal);
        Assert.Contains("(count(DISTINCT \"cr_t3\".\"email\") >= 7)", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain(">= 5", rendered, StringComparison.Ordinal);
    }

    [Fact]
    public void The_hidden_count_is_spelled_like_the_users_and_computed_once()
    {
        var checkedQuery = Checks.Accepted("SELECT advertiser.demoseg, COUNT(DISTINCT advertiser.hashedemail) AS people FROM advertiser GROUP BY advertiser.demoseg", context);
        var rendered = Checks.Render(checkedQuery);
        Assert.Equal(2, Regex.Count(rendered, Regex.Escape("count(DISTINCT \"cr_t1\".\"hashedemail\")")));
        Assert.Equal(1, Aggregates(rendered));
        var joined = Checks.Render(Checks.Accepted("SELECT publisher.campaignname, COUNT(DISTINCT advertiser.hashedemail) AS ct FROM advertiser INNER JOIN publisher ON advertiser.hashedemail = publisher.hashedemail GROUP BY publisher.campaignname", context));
        Assert.Equal(1, Aggregates(joined));
    }

    [Fact]
    public void Rendering_needs_the_column_types_the_checker_supplies()
    {
        var checkedQuery = Checks.Accepted("SELECT SUM(advertiser.purchases) AS s, TRUNC(advertiser.purchasedate) AS d FROM advertiser GROUP BY TRUNC(advertiser.purchasedate)", context);
        Assert.Contains("CAST(\"cr_t1\".\"purchasedate\" AS DATE)", DuckDbRenderer.Render(checkedQuery.ExecutableTree, checkedQuery.RenderOptions), StringComparison.Ordinal);
    }

    private List<object?[]> Run(string sql) => ResultRows.Read(connection, Checks.Render(Checks.Accepted(sql, context)));

    /// <summary>How many distinct-count aggregates DuckDB's plan computes.</summary>
    private int Aggregates(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN " + sql;
        using var reader = command.ExecuteReader();
        var plan = "";
        while (reader.Read())
            plan += reader.GetString(1);
        return PlannedDistinctCount().Count(plan);
    }

    [GeneratedRegex(@"count\(DISTINCT #\d+\)")]
    private static partial Regex PlannedDistinctCount();
}
