using System.Globalization;

namespace Cleanroom.Rules.Tests.Generated;

/// <summary>One generated allowed list query over <see cref="ListWorld"/>, with its oracle.</summary>
internal sealed record GeneratedList(bool CrmFirst, IReadOnlyList<(string Alias, string Column)> Columns, Predicate? Where, int? Limit)
{
    private static readonly (string Alias, string Column, string[] Values)[] Strings =
    [
        ("c", "tier", ListWorld.Tiers), ("c", "city", ListWorld.Cities), ("s", "segment", ListWorld.Segments), ("s", "device", ListWorld.Devices),
    ];

    private static readonly (string Alias, string Column)[] Listable = [("c", "tier"), ("c", "city"), ("c", "score"), ("s", "segment"), ("s", "device"), ("s", "weight")];

    public static GeneratedList Random(Random random)
    {
        var columns = Listable.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToList();
        (string Alias, string Column)[] numbers = [("c", "score"), ("s", "weight")];
        var (alias, column) = numbers[random.Next(numbers.Length)];
        var where = random.Next(4) switch
        {
            0 => null,
            1 => Predicate.Arithmetic(random, alias, column),
            _ => Predicate.Random(random, Strings),
        };
        return new GeneratedList(random.Next(2) == 0, columns, where, random.Next(4) == 0 ? random.Next(1, 12) : null);
    }

    public string Sql()
    {
        var from = CrmFirst ? "crm c JOIN seg s ON c.email = s.email" : "seg s JOIN crm c ON s.email = c.email";
        var text = $"SELECT DISTINCT {string.Join(", ", Columns.Select((c, i) => $"{c.Alias}.{c.Column} AS o{i}"))} FROM {from}";
        if (Where is not null)
            text += " WHERE " + Where.Sql();
        if (Limit is { } limit)
            text += " LIMIT " + limit.ToString(CultureInfo.InvariantCulture);
        return text;
    }

    /// <summary>Every distinct output row (before LIMIT), values as strings or decimals.</summary>
    public IReadOnlyList<object?[]> Expected()
    {
        var rows = ListWorld.Rows;
        var joined = from c in rows["crm"]
                     from s in rows["seg"]
                     where c["email"] is string email && s["email"] is string other && email == other
                     select new Dictionary<string, Row> { ["c"] = c, ["s"] = s };
        if (Where is not null)
            joined = joined.Where(j => Where.Evaluate((alias, column) => j[alias][column]) == true);
        return
        [
            .. joined.Select(j => Columns.Select(c => j[c.Alias][c.Column] switch
                {
                    long number => (object?)(decimal)number,
                    var value => value,
                }).ToArray())
                .DistinctBy(r => string.Join("\u0001", r.Select(v => v?.ToString() ?? "\u0000"))),
        ];
    }
}
