using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Cleanroom.Cli.Demo.Data;

/// <summary>
/// The demo's people, generated from a fixed seed. About 70% saw the advertiser's ads: each has one interest segment
/// (a Zipf-like skew, so a few segments are large and most are small) and saw one to four campaigns of very different
/// reach, one row per person and campaign. Anyone may buy from the retailer, people who saw an ad a little more often,
/// mostly in their segment's favourite category. The campaign × segment groups therefore range from thousands of
/// buyers to a handful, and the small ones fall under any sensible distinct-user threshold.
/// </summary>
internal static class SyntheticData
{
    public static readonly string[] Segments =
        ["sports", "travel", "cooking", "gaming", "fitness", "fashion", "finance", "home-garden", "parenting", "automotive", "luxury", "pets"];

    public static readonly string[] Campaigns = ["spring-sale", "new-arrivals", "loyalty-rewards", "clearance"];

    // Share of the audience each campaign reached, and its flight (first day after 2024-03-01, length in days).
    private static readonly double[] CampaignReach = [0.55, 0.35, 0.18, 0.08];
    private static readonly (int Start, int Days)[] CampaignFlight = [(0, 31), (14, 31), (31, 30), (50, 11)];

    private static readonly string[] Categories = ["grocery", "apparel", "electronics", "home", "sports-outdoor", "beauty", "toys", "pet-supplies"];
    private static readonly double[] MeanAmount = [35, 60, 180, 80, 70, 30, 40, 45];

    // The category each segment (in Segments order) buys most.
    private static readonly int[] FavouriteCategory = [4, 1, 0, 2, 4, 1, 2, 3, 6, 2, 1, 7];

    private static readonly DateOnly FirstDay = new(2024, 3, 1);
    private const int PurchaseDays = 92;
    private const int ExposureRowsPerObject = 25_000;
    private const string ExposureHeader = "user_id,segment,campaign,exposure_date\n";
    private const string PurchaseHeader = "user_id,category,amount,purchase_date\n";

    public static DemoTables Generate(int users, int seed, Action<double> progress)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(users, 1);
        var random = new Random(seed);
        var segmentWeights = Segments.Select((_, rank) => 1 / Math.Pow(rank + 1, 1.1)).ToArray();
        var exposures = new List<TableObject>();
        var exposureText = new StringBuilder(ExposureHeader);
        var exposureRows = 0;
        var months = new SortedDictionary<string, (StringBuilder Text, int Rows)>(StringComparer.Ordinal);

        for (var person = 0; person < users; person++)
        {
            var userId = UserId(seed, person);
            var segment = -1;
            if (random.NextDouble() < 0.7)
            {
                segment = Pick(random, segmentWeights);
                foreach (var campaign in CampaignsSeen(random))
                {
                    var (start, days) = CampaignFlight[campaign];
                    var day = FirstDay.AddDays(start + random.Next(days));
                    exposureText.Append(CultureInfo.InvariantCulture, $"{userId},{Segments[segment]},{Campaigns[campaign]},{day:yyyy-MM-dd}\n");
                    if (++exposureRows == ExposureRowsPerObject)
                    {
                        exposures.Add(Seal($"part-{exposures.Count:D5}.csv", exposureText, exposureRows));
                        exposureText = new StringBuilder(ExposureHeader);
                        exposureRows = 0;
                    }
                }
            }

            if (random.NextDouble() < (segment >= 0 ? 0.42 : 0.28))
            {
                for (var count = PurchaseCount(random); count > 0; count--)
                {
                    var category = segment >= 0 && random.NextDouble() < 0.5 ? FavouriteCategory[segment] : random.Next(Categories.Length);
                    var amount = Math.Round(MeanAmount[category] * Math.Exp(0.5 * Gaussian(random)), 2);
                    var day = FirstDay.AddDays(random.Next(PurchaseDays));
                    var month = day.ToString("yyyy-MM", CultureInfo.InvariantCulture);
                    var (text, rows) = months.TryGetValue(month, out var existing) ? existing : (new StringBuilder(PurchaseHeader), 0);
                    text.Append(CultureInfo.InvariantCulture, $"{userId},{Categories[category]},{amount:0.00},{day:yyyy-MM-dd}\n");
                    months[month] = (text, rows + 1);
                }
            }

            if (person % 1000 == 999)
            {
                progress((person + 1) / (double)users);
            }
        }

        if (exposureRows > 0 || exposures.Count == 0)
        {
            exposures.Add(Seal($"part-{exposures.Count:D5}.csv", exposureText, exposureRows));
        }

        progress(1);
        return new DemoTables(exposures, [.. months.Select(month => Seal(month.Key + ".csv", month.Value.Text, month.Value.Rows))]);
    }

    /// <summary>Identifiers look like the hashed emails clean rooms join on, and reveal nothing about the seed or order.</summary>
    private static string UserId(int seed, int person) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"cleanroom-demo:{seed}:{person}"))))[..32];

    private static IEnumerable<int> CampaignsSeen(Random random)
    {
        var seen = Enumerable.Range(0, Campaigns.Length).Where(campaign => random.NextDouble() < CampaignReach[campaign]).ToArray();
        return seen.Length > 0 ? seen : [0];
    }

    /// <summary>One purchase, then each further one with probability 0.55 (at most twelve).</summary>
    private static int PurchaseCount(Random random)
    {
        var count = 1;
        while (count < 12 && random.NextDouble() < 0.55)
        {
            count++;
        }

        return count;
    }

    private static int Pick(Random random, double[] weights)
    {
        var roll = random.NextDouble() * weights.Sum();
        for (var index = 0; index < weights.Length; index++)
        {
            roll -= weights[index];
            if (roll < 0)
            {
                return index;
            }
        }

        return weights.Length - 1;
    }

    /// <summary>A standard normal draw (Box–Muller), for log-normal purchase amounts.</summary>
    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static TableObject Seal(string key, StringBuilder text, int rows) => new(key, Encoding.UTF8.GetBytes(text.ToString()), rows);
}
