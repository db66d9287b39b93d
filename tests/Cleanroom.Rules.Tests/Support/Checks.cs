using Cleanroom.Sql.Parsing;
using Cleanroom.Sql.Rendering;

namespace Cleanroom.Rules.Tests.Support;

/// <summary>Parse, check and render, as the execution pipeline does.</summary>
internal static class Checks
{
    public static CheckResult Run(string sql, QueryContext context)
    {
        var parsed = SqlParser.Parse(sql);
        Assert.True(parsed.Succeeded, "parse failed: " + string.Join("; ", parsed.Diagnostics));
        return ProtectedQueryChecker.Check(parsed.Query, context);
    }

    public static CheckedQuery Accepted(string sql, QueryContext context)
    {
        var result = Run(sql, context);
        var accepted = Assert.IsType<Accepted>(result, exactMatch: false);
        return accepted.Query;
    }

    public static IReadOnlyList<RuleViolation> Rejected(string sql, QueryContext context)
    {
        var result = Run(sql, context);
        return Assert.IsType<Rejected>(result).Violations;
    }

    public static string Render(CheckedQuery query) => DuckDbRenderer.Render(query.ExecutableTree, query.RenderOptions);

    public static string Describe(CheckResult result) => result switch
    {
        Rejected rejected => "rejected: " + string.Join(" / ", rejected.Violations),
        Accepted accepted => "accepted: " + Render(accepted.Query),
        _ => "?",
    };
}
