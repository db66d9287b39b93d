using Cleanroom.Rules.Policies;
using Cleanroom.Rules.Schema;

namespace Cleanroom.Rules.Tests.Generated;

/// <summary>The two-party world of the generated list queries: the runner's <c>crm</c> and a contributor's <c>seg</c>.</summary>
internal static class ListWorld
{
    public const string Runner = "111111111111";

    public static readonly string[] Tiers = ["gold", "silver"];
    public static readonly string[] Cities = ["NY", "LA", "SF", "TX"];
    public static readonly string[] Segments = ["sports", "news", "travel", "autos"];
    public static readonly string[] Devices = ["ios", "android"];

    public static IReadOnlyList<GeneratedTable> Tables { get; } = Build(new Random(777));

    public static IReadOnlyDictionary<string, IReadOnlyList<Row>> Rows => Tables.ToDictionary(t => t.Schema.Name, t => t.Rows);

    private static List<GeneratedTable> Build(Random random)
    {
        string? Pick(string[] values) => random.Next(100) < 8 ? null : values[random.Next(values.Length)];
        string? Email() => random.Next(100) < 3 ? null : "e" + random.Next(30);
        return
        [
            new(new SchemaTable(
                "crm",
                Runner,
                [new("email", "string"), new("tier", "string"), new("city", "string"), new("score", "bigint")],
                new ListRule(["email"], ["tier", "city", "score"]),
                "gen_view_crm"),
                [.. Enumerable.Range(0, 40).Select(_ => new Row(new()
                {
                    ["email"] = Email(), ["tier"] = Pick(Tiers), ["city"] = Pick(Cities), ["score"] = random.Next(100) < 5 ? null : (object)(long)random.Next(0, 60),
                }))]),
            new(new SchemaTable(
                "seg",
                "222222222222",
                [new("email", "string"), new("segment", "string"), new("device", "string"), new("weight", "bigint")],
                new ListRule(["email"], ["segment", "device", "weight"]),
                "gen_view_seg"),
                [.. Enumerable.Range(0, 60).Select(_ => new Row(new()
                {
                    ["email"] = Email(), ["segment"] = Pick(Segments), ["device"] = Pick(Devices), ["weight"] = (long)random.Next(0, 40),
                }))]),
        ];
    }
}
