using System.Globalization;
using System.Text;
using Cleanroom.Cli.Demo.Data;

namespace Cleanroom.Server.Tests.Demo;

/// <summary>
/// The demo query's answer computed here from the generated CSV, independently of the server: per campaign and
/// segment, the distinct buyers among the joined rows and the sum of their purchase amounts.
/// </summary>
internal static class DemoOracle
{
    public static IReadOnlyList<ResultRow> AllGroups(int users, int seed)
    {
        var tables = SyntheticData.Generate(users, seed, _ => { });
        var exposures = Rows(tables.Exposures).Select(f => (User: f[0], Segment: f[1], Campaign: f[2])).ToArray();
        var purchases = Rows(tables.Purchases).Select(f => (User: f[0], Amount: decimal.Parse(f[2], CultureInfo.InvariantCulture))).ToLookup(p => p.User);
        return [.. exposures
            .SelectMany(e => purchases[e.User].Select(p => (e.Campaign, e.Segment, p.User, p.Amount)))
            .GroupBy(row => (row.Campaign, row.Segment))
            .Select(group => new ResultRow(group.Key.Campaign, group.Key.Segment, group.Select(row => row.User).Distinct().Count(), group.Sum(row => row.Amount)))];
    }

    private static IEnumerable<string[]> Rows(IEnumerable<TableObject> objects) =>
        objects.SelectMany(part => Encoding.UTF8.GetString(part.Content).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)).Select(line => line.Split(','));
}
