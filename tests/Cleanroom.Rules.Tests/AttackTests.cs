using Cleanroom.Rules.Tests.Generated;
using Cleanroom.Rules.Tests.Support;
using Cleanroom.Sql.Binding;
using Cleanroom.Sql.Parsing;
using DuckDB.NET.Data;

namespace Cleanroom.Rules.Tests;

/// <summary>
/// The attack classes of peers-and-attacks Part B that apply without differential privacy, run against the checker
/// and DuckDB. Each test either shows the attack refused or suppressed, or pins down exactly what happens where no
/// static rule can stop it (docs/query-rules.md says which is which).
/// </summary>
public sealed class AttackTests
{
    private const string Join = "FROM pub_events p JOIN adv_crm a ON p.hashed_email = a.hashed_email";

    [Fact]
    public void B3a_padding_turns_the_threshold_into_a_membership_oracle_which_is_not_defended()
    {
        using var world = new AttackWorld(AttackWorld.PadsAndTarget());
        var present = world.Run($"SELECT COUNT(DISTINCT p.hashed_email) AS users {Join} WHERE p.segment = 'diabetes_interest'");
        Assert.Single(present);
        Assert.Equal(5m, present[0][0]);
        using var absent = new AttackWorld([.. AttackWorld.Pads.Select(p => (p, "pad")), ("h08", "C-000042")]);
        Assert.Empty(absent.Run($"SELECT COUNT(DISTINCT p.hashed_email) AS users {Join} WHERE p.segment = 'diabetes_interest'"));
    }

    [Fact]
    public void B3b_filtering_the_runners_own_table_is_allowed()
    {
        using var world = new AttackWorld([.. AttackWorld.PadsAndTarget(), ("h10", "C-000100"), ("h11", "C-000101")]);
        var rows = world.Run($"SELECT COUNT(DISTINCT p.hashed_email) AS users {Join} WHERE a.crm_id IN ('C-000000', 'C-000001', 'C-000002', 'C-000003', 'C-000042')");
        Assert.Equal(5m, Assert.Single(rows)[0]);
    }

    [Fact]
    public void B3c_duplicate_runner_rows_amplify_a_sum_without_failing_the_threshold()
    {
        var rows = AttackWorld.Pads.Select(p => (p, "pad")).Concat(Enumerable.Repeat((AttackWorld.Target, "C-000042"), 1000));
        using var world = new AttackWorld(rows);
        var result = Assert.Single(world.Run($"SELECT COUNT(DISTINCT p.hashed_email) AS users, SUM(p.spend) AS spend {Join}"));
        Assert.Equal(5m, result[0]);
        // The target has two events of 42.50; pads h01–h04 have 2, 1, 2 and 3 events of 10.00.
        Assert.Equal(1000m * 2 * 42.50m + (2 + 1 + 2 + 3) * 10.00m, result[1]);
    }

    [Fact]
    public void B3d_count_star_is_refused_and_a_granted_row_count_counts_joined_rows()
    {
        using var world = new AttackWorld(AttackWorld.PadsAndTarget());
        var rejected = Checks.Rejected($"SELECT COUNT(*) {Join}", world.Context);
        Assert.Contains(rejected, v => v.Rule == "aggregation.aggregateColumns" && v.Message.Contains("COUNT(*) is not allowed", StringComparison.Ordinal));
        var rows = world.Run($"SELECT COUNT(p.event_id) AS events {Join}");
        Assert.Equal(2m + 1 + 2 + 3 + 2, Assert.Single(rows)[0]);
    }

    [Fact]
    public void B1_differencing_two_allowed_aggregates_isolates_one_person_which_is_not_defended()
    {
        using var world = new AttackWorld([.. AttackWorld.PadsAndTarget(), ("h09", "C-000009"), ("h05", "C-000005")]);
        var all = Assert.Single(world.Run($"SELECT COUNT(DISTINCT p.hashed_email) AS users, SUM(p.spend) AS spend {Join}"));
        var without = Assert.Single(world.Run($"SELECT COUNT(DISTINCT p.hashed_email) AS users, SUM(p.spend) AS spend {Join} WHERE a.crm_id <> 'C-000042'"));
        Assert.Equal(1m, (decimal)all[0]! - (decimal)without[0]!);
        Assert.Equal(2 * 42.50m, (decimal)all[1]! - (decimal)without[1]!);
    }

    [Fact]
    public void B2_tracker_queries_with_OR_in_WHERE_are_allowed()
    {
        using var world = new AttackWorld(AttackWorld.PadsAndTarget());
        foreach (var filter in new[]
        {
            "(p.region = 'NW-7' AND p.age_years = 27) OR p.device = 'ios'",
            "(p.region = 'NW-7' AND p.age_years = 27) OR p.device <> 'ios'",
            "p.device = 'ios'",
            "p.device <> 'ios'",
        })
        {
            Assert.IsType<Accepted>(Checks.Run($"SELECT COUNT(DISTINCT p.hashed_email) {Join} WHERE {filter}", world.Context), exactMatch: false);
        }
    }

    [Fact]
    public void B6c_the_total_minus_the_surviving_groups_reveals_the_suppressed_groups_which_is_not_defended()
    {
        var everyone = Enumerable.Range(0, 20).Select(i => ($"h{i:00}", $"C-{i}"));
        using var world = new AttackWorld(everyone);
        var total = (decimal)Assert.Single(world.Run($"SELECT SUM(p.spend) AS spend {Join}"))[0]!;
        var groups = world.Run($"SELECT p.region, SUM(p.spend) AS spend {Join} GROUP BY p.region");
        Assert.DoesNotContain(groups, g => (string?)g[0] == "NW-7");
        Assert.Equal(2 * 42.50m, total - groups.Sum(g => (decimal)g[1]!));
    }

    [Fact]
    public void B6d_suppression_happens_before_ORDER_BY_and_LIMIT_is_refused()
    {
        var everyone = Enumerable.Range(0, 20).Select(i => ($"h{i:00}", $"C-{i}"));
        using var world = new AttackWorld(everyone);
        var rows = world.Run($"SELECT p.region, COUNT(DISTINCT p.hashed_email) AS users {Join} GROUP BY p.region ORDER BY users ASC");
        Assert.Equal(["NE-2", "SE-1"], rows.Select(r => (string)r[0]!).Order(StringComparer.Ordinal));
        Assert.True((decimal)rows[0][1]! >= 5, "the first row is the smallest surviving group, never a suppressed one");
        Assert.Contains(
            Checks.Rejected($"SELECT p.region, COUNT(DISTINCT p.hashed_email) AS users {Join} GROUP BY p.region ORDER BY users ASC LIMIT 1", world.Context),
            v => v.Message.Contains("LIMIT is not allowed", StringComparison.Ordinal));
    }

    [Fact]
    public void B6d_a_suppressed_group_cannot_be_selected_back_with_HAVING()
    {
        var everyone = Enumerable.Range(0, 20).Select(i => ($"h{i:00}", $"C-{i}"));
        using var world = new AttackWorld(everyone);
        Assert.Empty(world.Run($"SELECT p.region, COUNT(DISTINCT p.hashed_email) AS users {Join} GROUP BY p.region HAVING COUNT(DISTINCT p.hashed_email) < 5"));
        Assert.Empty(world.Run($"SELECT COUNT(DISTINCT p.hashed_email) AS users {Join} WHERE p.region = 'NW-7'"));
    }

    [Fact]
    public void B6e_HAVING_against_a_number_is_a_comparison_oracle_which_is_not_defended()
    {
        using var world = new AttackWorld(AttackWorld.PadsAndTarget());
        var sql = $"SELECT COUNT(DISTINCT p.hashed_email) AS users {Join} WHERE p.segment = 'diabetes_interest' HAVING SUM(p.spend) > ";
        Assert.Single(world.Run(sql + "164"));
        Assert.Empty(world.Run(sql + "165"));
        Assert.Contains(
            Checks.Rejected($"SELECT COUNT(DISTINCT p.hashed_email) {Join} HAVING SUM(p.spend) > COUNT(p.event_id)", world.Context),
            v => v.Rule == "aggregation.having");
    }

    [Fact]
    public void B7b_micro_buckets_below_the_threshold_are_suppressed()
    {
        var everyone = Enumerable.Range(0, 20).Select(i => ($"h{i:00}", $"C-{i}"));
        using var world = new AttackWorld(everyone);
        Assert.Empty(world.Run($"SELECT ROUND(p.score, 1) AS bucket, COUNT(DISTINCT p.hashed_email) AS users {Join} GROUP BY ROUND(p.score, 1)"));
        var coarse = world.Run($"SELECT FLOOR(p.score / 10) AS bucket, COUNT(DISTINCT p.hashed_email) AS users {Join} GROUP BY FLOOR(p.score / 10)");
        Assert.NotEmpty(coarse);
        Assert.All(coarse, r => Assert.True((decimal)r[1]! >= 5));
    }

    [Fact]
    public void B6a_casts_never_raise_and_string_columns_are_never_cast_at_run_time()
    {
        using var world = new AttackWorld(AttackWorld.PadsAndTarget());
        var rows = world.Run($"SELECT COUNT(DISTINCT p.hashed_email) AS users {Join} WHERE CAST(p.region AS INT) IS NULL");
        Assert.Equal(5m, Assert.Single(rows)[0]);
        Assert.Contains(Checks.Rejected($"SELECT COUNT(DISTINCT p.hashed_email) {Join} WHERE p.region = 7", world.Context), v => v.Rule == "common.types");
    }

    [Fact]
    public void B6a_overflow_over_a_single_person_is_NULL_not_an_error_so_success_tells_nothing()
    {
        // The runner narrows to the target with its own crm id, then asks whether the target's age times K overflows:
        // were overflow an error, FAILED against SUCCESS would binary-search the age although the threshold hides the row.
        using var world = new AttackWorld(AttackWorld.PadsAndTarget());
        var outcomes = new[] { 1L << 57, 1L << 58, 1L << 59, 1L << 60 }
            .Select(k => world.Run($"SELECT COUNT(DISTINCT p.hashed_email) AS users {Join} WHERE a.crm_id = 'C-000042' AND p.age_years * {k} > 0"))
            .ToList();
        Assert.All(outcomes, Assert.Empty);

        var all = world.Run($"SELECT COUNT(DISTINCT p.hashed_email) AS users {Join} WHERE p.age_years * 4611686018427387904 IS NULL");
        Assert.Equal(5m, Assert.Single(all)[0]);
    }

    [Fact]
    public void B6a_join_columns_of_different_kinds_are_refused_so_a_cast_cannot_fail_on_the_owners_keys()
    {
        // The runner declares its own key as a number; joining it to the owner's string keys would cast them row by row.
        var numericKeys = AttackWorld.Crm with
        {
            Columns = [.. AttackWorld.Crm.Columns.Select(c => c.Name == "hashed_email" ? c with { Type = "bigint" } : c)],
        };
        var context = new Cleanroom.Rules.QueryContext(AttackWorld.Runner, [AttackWorld.Publisher, numericKeys]);
        var violations = Checks.Rejected($"SELECT COUNT(DISTINCT p.hashed_email) AS n {Join}", context);
        var violation = Assert.Single(violations, v => v.Rule == "common.types");
        Assert.Contains("cannot compare column p.hashed_email (string) with column a.hashed_email (number)", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void B7c_LIKE_probing_on_a_dimension_is_allowed_and_B7d_identity_columns_never_meet_literals()
    {
        using var world = new AttackWorld(AttackWorld.PadsAndTarget());
        Assert.IsType<Accepted>(Checks.Run($"SELECT COUNT(DISTINCT p.hashed_email) {Join} WHERE p.region LIKE 'NW%'", world.Context), exactMatch: false);
        foreach (var filter in new[] { "p.hashed_email = 'h07'", "p.hashed_email > 'h07'", "p.hashed_email LIKE 'h0%'", "a.hashed_email IN ('h07')" })
            Assert.Contains(Checks.Rejected($"SELECT COUNT(DISTINCT p.hashed_email) {Join} WHERE {filter}", world.Context), v => v.Rule == "aggregation.joinColumns");
    }

    [Fact]
    public void B9_template_parameters_bind_as_typed_literals_only()
    {
        using var world = new AttackWorld(AttackWorld.PadsAndTarget());
        var template = SqlParser.Parse($"SELECT COUNT(DISTINCT p.hashed_email) AS users {Join} WHERE p.segment = :segment").Query!;
        var bound = ParameterBinder.Bind(template, [new ParameterDeclaration("segment", ParameterType.Varchar)], new Dictionary<string, string>
        {
            ["segment"] = "x' OR '1'='1",
        });
        var checkedQuery = Assert.IsType<Accepted>(ProtectedQueryChecker.Check(bound.Query!, world.Context), exactMatch: false).Query;
        Assert.Contains("'x'' OR ''1''=''1'", Checks.Render(checkedQuery), StringComparison.Ordinal);

        // A parameter meant as an identifier becomes a literal, which GROUP BY refuses.
        var grouping = SqlParser.Parse($"SELECT COUNT(DISTINCT p.hashed_email) {Join} GROUP BY :column").Query!;
        var literal = ParameterBinder.Bind(grouping, [new ParameterDeclaration("column", ParameterType.String)], new Dictionary<string, string> { ["column"] = "p.region" });
        Assert.Contains(Assert.IsType<Rejected>(ProtectedQueryChecker.Check(literal.Query!, world.Context)).Violations, v => v.Message.Contains("ordinals and literals are not allowed", StringComparison.Ordinal));

        // Typed numbers arrive as CAST(n AS INT); they need no CAST permission.
        var number = SqlParser.Parse($"SELECT COUNT(DISTINCT p.hashed_email) {Join} WHERE p.age_years > :age").Query!;
        var typed = ParameterBinder.Bind(number, [new ParameterDeclaration("age", ParameterType.Integer)], new Dictionary<string, string> { ["age"] = "-3" });
        var adv = world.Context with { Tables = [AttackWorld.Publisher with { Rule = ((Policies.AggregationRule)AttackWorld.Publisher.Rule) with { ScalarFunctions = [] } }, AttackWorld.Crm] };
        Assert.IsType<Accepted>(ProtectedQueryChecker.Check(typed.Query!, adv), exactMatch: false);
    }

    [Fact]
    public void B3e_outer_joins_are_refused_outside_custom_rules()
    {
        using var world = new AttackWorld(AttackWorld.PadsAndTarget());
        Assert.Contains(
            Checks.Rejected("SELECT COUNT(DISTINCT a.hashed_email) FROM adv_crm a LEFT JOIN pub_events p ON a.hashed_email = p.hashed_email", world.Context),
            v => v.Message.Contains("LEFT JOIN is not allowed", StringComparison.Ordinal));
    }
}
