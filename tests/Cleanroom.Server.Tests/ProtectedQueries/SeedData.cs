using System.Globalization;
using System.IO.Compression;
using System.Text;
using DuckDB.NET.Data;

namespace Cleanroom.Server.Tests.ProtectedQueries;

/// <summary>
/// The seed deck's data, generated (fixed seed): A's ad exposures (5,000 users, one interest segment each, one to
/// three exposures; 40 users in a "rare" segment) and B's purchases (4,000 buyers, 3,000 of them A's users, one to four
/// purchases in January or February 2024). The answers the tests expect are computed here, independently of the server.
/// </summary>
internal sealed class SeedData
{
    public static readonly string[] Segments = ["sports", "travel", "news", "cooking", "finance", "gaming", "luxury"];
    private static readonly double[] Weights = [0.22, 0.18, 0.18, 0.14, 0.12, 0.10, 0.06];
    private static readonly string[] Categories = ["grocery", "apparel", "electronics", "home"];

    private SeedData(IReadOnlyList<SeedExposure> exposures, IReadOnlyList<SeedPurchase> purchases)
    {
        Exposures = exposures;
        Purchases = purchases;
    }

    public IReadOnlyList<SeedExposure> Exposures { get; }

    public IReadOnlyList<SeedPurchase> Purchases { get; }

    public static SeedData Generate()
    {
        var random = new Random(20230723);
        var exposures = new List<SeedExposure>();
        for (var user = 1; user <= 5000; user++)
        {
            var segment = user > 4960 ? "rare" : Pick(random);
            for (var count = random.Next(1, 4); count > 0; count--)
            {
                exposures.Add(new SeedExposure(
                    UserId(user),
                    segment,
                    "c" + random.Next(1, 6).ToString(CultureInfo.InvariantCulture),
                    new DateOnly(2024, 1, 1).AddDays(random.Next(0, 90)),
                    random.Next(1, 1000),
                    $"zebra note {user}"));
            }
        }

        var purchases = new List<SeedPurchase>();
        for (var user = 2001; user <= 6000; user++)
        {
            for (var count = random.Next(1, 5); count > 0; count--)
            {
                purchases.Add(new SeedPurchase(
                    UserId(user),
                    Categories[random.Next(Categories.Length)],
                    random.Next(100, 50000) / 100m,
                    new DateOnly(2024, 1, 1).AddDays(random.Next(0, 60))));
            }
        }

        return new SeedData(exposures, purchases);
    }

    public static string UserId(int number) => "u" + number.ToString("D5", CultureInfo.InvariantCulture);

    /// <summary>
    /// Writes A's objects under <c>a/exposures/</c> (CSV with a header; the second object gzip-compressed) and B's under
    /// <c>b/purchases/dt=YYYY-MM/</c> (Parquet, written by DuckDB).
    /// </summary>
    public void WriteTo(string directory)
    {
        var exposures = Path.Combine(directory, "a", "exposures");
        Directory.CreateDirectory(exposures);
        var half = Exposures.Count / 2;
        File.WriteAllText(Path.Combine(exposures, "part-0.csv"), Csv(Exposures.Take(half)));
        using (var file = File.Create(Path.Combine(exposures, "part-1.csv.gz")))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(Csv(Exposures.Skip(half))));
        }

        using var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        foreach (var month in Purchases.GroupBy(p => p.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture)))
        {
            var folder = Path.Combine(directory, "b", "purchases", "dt=" + month.Key);
            Directory.CreateDirectory(folder);
            var staging = Path.Combine(directory, "staging-" + month.Key + ".csv");
            File.WriteAllLines(staging, month.Select(p => string.Join(',', p.UserId, p.Category, p.Amount.ToString(CultureInfo.InvariantCulture), p.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
            using var command = duck.CreateCommand();
            command.CommandText =
                $"COPY (SELECT * FROM read_csv('{staging}', header = false, columns = {{'user_id': 'VARCHAR', 'category': 'VARCHAR', 'amount': 'DECIMAL(10,2)', 'purchase_date': 'DATE'}})) " +
                $"TO '{Path.Combine(folder, "part-0.parquet")}' (FORMAT parquet)";
            command.ExecuteNonQuery();
            File.Delete(staging);
        }
    }

    /// <summary>
    /// The seed query: per segment of A's audience, B's distinct buyers and their spend over the joined rows (an
    /// exposure and a purchase of the same user), keeping only segments with at least <paramref name="threshold"/> buyers.
    /// </summary>
    public IReadOnlyList<(string Segment, int Buyers, decimal Spend)> SegmentSpend(int threshold)
    {
        var purchasesByUser = Purchases.ToLookup(p => p.UserId);
        return [.. Exposures
            .SelectMany(e => purchasesByUser[e.UserId].Select(p => (e.Segment, p.UserId, p.Amount)))
            .GroupBy(row => row.Segment)
            .Select(group => (Segment: group.Key, Buyers: group.Select(row => row.UserId).Distinct().Count(), Spend: group.Sum(row => row.Amount)))
            .Where(row => row.Buyers >= threshold)
            .OrderBy(row => row.Segment, StringComparer.Ordinal)];
    }

    /// <summary>The segments of A's users who bought from B (a LIST query: no threshold).</summary>
    public IReadOnlyList<string> BuyerSegments()
    {
        var buyers = Purchases.Select(p => p.UserId).ToHashSet();
        return [.. Exposures.Where(e => buyers.Contains(e.UserId)).Select(e => e.Segment).Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>The approved template: distinct buyers per segment over purchases of at least <paramref name="minimum"/>.</summary>
    public IReadOnlyDictionary<string, int> TemplateBuyers(decimal minimum)
    {
        var segmentOf = Exposures.GroupBy(e => e.UserId).ToDictionary(group => group.Key, group => group.First().Segment);
        return Purchases
            .Where(p => p.Amount >= minimum && segmentOf.ContainsKey(p.UserId))
            .GroupBy(p => segmentOf[p.UserId])
            .ToDictionary(group => group.Key, group => group.Select(p => p.UserId).Distinct().Count());
    }

    private static string Csv(IEnumerable<SeedExposure> rows)
    {
        var text = new StringBuilder("user_id,segment,campaign,exposure_date,score,note\n");
        foreach (var e in rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"{e.UserId},{e.Segment},{e.Campaign},{e.Date:yyyy-MM-dd},{e.Score},{e.Note}\n");
        }

        return text.ToString();
    }

    private static string Pick(Random random)
    {
        var roll = random.NextDouble();
        for (var index = 0; index < Weights.Length; index++)
        {
            roll -= Weights[index];
            if (roll < 0)
            {
                return Segments[index];
            }
        }

        return Segments[^1];
    }
}
