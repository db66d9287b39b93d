using System.Text.Json.Nodes;
using Cleanroom.Server.QueryLogs.FilterPatterns;

namespace Cleanroom.Server.Tests;

/// <summary>CloudWatch Logs filter patterns, case by case from Cases/filter-patterns.json.</summary>
public sealed class FilterPatternTests
{
    private static readonly JsonNode Cases = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Cases", "filter-patterns.json")))!;

    [Fact]
    public void PatternsMatchAsCloudWatchDefinesThem()
    {
        var cases = Cases["cases"]!.AsArray();
        Assert.True(cases.Count > 50);
        var failures = cases
            .Where(item => FilterPattern.Parse((string)item!["pattern"]!).Matches((string)item["message"]!) != (bool)item["matches"]!)
            .Select(item => $"{item!["pattern"]} on {item["message"]} should be {item["matches"]}")
            .ToList();
        Assert.Empty(failures);
    }

    [Fact]
    public void InvalidPatternsAreRefused()
    {
        foreach (var pattern in Cases["invalid"]!.AsArray().Select(item => (string)item!))
        {
            Assert.Throws<FilterPatternException>(() => FilterPattern.Parse(pattern));
        }
    }
}
