using Cleanroom.Rules.Policies;
using Cleanroom.Rules.Schema;

namespace Cleanroom.Rules.Tests.Generated;

/// <summary>
/// The small three-party world the generated aggregation queries run in: the runner's <c>adv</c>, a publisher
/// <c>pub</c> that requires a join to the runner, and a retailer <c>ret</c>; rows from a fixed seed, with duplicates
/// and NULLs. Thresholds vary per query, so the schema is built for given minimums.
/// </summary>
internal static class AggregationWorld
{
    public const string Runner = "111111111111";

    public static readonly string[] Tiers = ["gold", "silver", "bronze"];
    public static readonly string[] Cities = ["NY", "LA", "SF"];
    public static readonly string[] Segments = ["sports", "news", "travel"];
    public static readonly string[] Devices = ["ios", "android", "web"];
    public static readonly string[] Stores = ["s1", "s2", "s3", "s4"];

    public static IReadOnlyDictionary<string, IReadOnlyList<Row>> Rows { get; } = Build(new Random(20240601));

    public static IReadOnlyList<GeneratedTable> Tables(int advMinimum, int pubMinimum, int retMinimum) =>
    [
        new(new SchemaTable(
            "adv",
            Runner,
            [new("email", "string"), new("tier", "string"), new("city", "string"), new("amount", "bigint")],
            new AggregationRule(
                [new(["email"], AggregateFunction.CountDistinct), new(["amount"], AggregateFunction.Sum), new(["amount"], AggregateFunction.SumDistinct),
                 new(["amount"], AggregateFunction.Avg), new(["amount"], AggregateFunction.Count)],
                ["email"],
                ["tier", "city"],
                ["UPPER", "LOWER"],
                [new("email", advMinimum)]),
            "gen_view_adv"), Rows["adv"]),
        new(new SchemaTable(
            "pub",
            "222222222222",
            [new("email", "string"), new("segment", "string"), new("device", "string"), new("spend", "decimal(10,2)")],
            new AggregationRule(
                [new(["email"], AggregateFunction.CountDistinct), new(["spend"], AggregateFunction.Sum), new(["spend"], AggregateFunction.Avg)],
                ["email"],
                ["segment", "device"],
                ["LOWER"],
                [new("email", pubMinimum)]) { JoinRequired = true },
            "gen_view_pub"), Rows["pub"]),
        new(new SchemaTable(
            "ret",
            "333333333333",
            [new("email", "string"), new("store", "string"), new("basket", "bigint")],
            new AggregationRule(
                [new(["basket"], AggregateFunction.Sum), new(["basket"], AggregateFunction.Count), new(["email"], AggregateFunction.CountDistinct)],
                ["email"],
                ["store"],
                ["UPPER"],
                [new("email", retMinimum)]),
            "gen_view_ret"), Rows["ret"]),
    ];

    private static Dictionary<string, IReadOnlyList<Row>> Build(Random random)
    {
        string? Pick(string[] values, int nullPercent) => random.Next(100) < nullPercent ? null : values[random.Next(values.Length)];
        string Email() => "e" + random.Next(36);
        return new()
        {
            ["adv"] = [.. Enumerable.Range(0, 70).Select(_ => new Row(new()
            {
                ["email"] = random.Next(100) < 3 ? null : Email(),
                ["tier"] = Pick(Tiers, 10),
                ["city"] = Pick(Cities, 0),
                ["amount"] = random.Next(100) < 8 ? null : (object)(long)random.Next(1, 50),
            }))],
            ["pub"] = [.. Enumerable.Range(0, 90).Select(_ => new Row(new()
            {
                ["email"] = Email(),
                ["segment"] = Pick(Segments, 10),
                ["device"] = Pick(Devices, 0),
                ["spend"] = random.Next(100) < 5 ? null : (object)(random.Next(50, 10000) / 100m),
            }))],
            ["ret"] = [.. Enumerable.Range(0, 50).Select(_ => new Row(new()
            {
                ["email"] = Email(),
                ["store"] = Pick(Stores, 0),
                ["basket"] = (long)random.Next(1, 10),
            }))],
        };
    }
}
