using System.Globalization;

namespace Cleanroom.Rules.Tests.Generated;

/// <summary>
/// One generated allowed aggregation query over <see cref="AggregationWorld"/>: joins on email, dimensions (some
/// through an allowed scalar function), a WHERE tree, measures, an optional HAVING and ORDER BY, and the thresholds
/// the tables carry for this query.
/// </summary>
internal sealed record GeneratedAggregation(
    IReadOnlyList<(string Table, string Alias, string? JoinTo)> From,
    IReadOnlyList<(string Alias, string Column, string? Function)> Dimensions,
    Predicate? Where,
    IReadOnlyList<(string Function, string Alias, string Column)> Measures,
    ((string Function, string Alias, string Column) Measure, string Operator, long Value)? Having,
    bool OrderByFirst,
    int AdvMinimum,
    int PubMinimum,
    int RetMinimum)
{
    private static readonly Dictionary<string, (string Function, string Column)[]> MeasuresByTable = new()
    {
        ["adv"] = [("count_distinct", "email"), ("sum", "amount"), ("sum_distinct", "amount"), ("avg", "amount"), ("count", "amount")],
        ["pub"] = [("count_distinct", "email"), ("sum", "spend"), ("avg", "spend")],
        ["ret"] = [("sum", "basket"), ("count", "basket"), ("count_distinct", "email")],
    };

    private static readonly Dictionary<string, (string Column, string[] Values, string? Function)[]> DimensionsByTable = new()
    {
        ["adv"] = [("tier", AggregationWorld.Tiers, "UPPER"), ("city", AggregationWorld.Cities, "LOWER")],
        ["pub"] = [("segment", AggregationWorld.Segments, "LOWER"), ("device", AggregationWorld.Devices, "LOWER")],
        ["ret"] = [("store", AggregationWorld.Stores, "UPPER")],
    };

    private static readonly string[][] TableSets = [["adv"], ["ret"], ["adv", "pub"], ["adv", "ret"], ["adv", "pub", "ret"], ["pub", "ret", "adv"]];

    public static GeneratedAggregation Random(Random random)
    {
        var tables = TableSets[random.Next(TableSets.Length)].OrderBy(_ => random.Next()).ToList();
        var from = new List<(string, string, string?)>();
        foreach (var table in tables)
            from.Add((table, table[..1], from.Count == 0 ? null : from[random.Next(from.Count)].Item2));
        var candidates = tables.SelectMany(t => DimensionsByTable[t].Select(d => (Alias: t[..1], d.Column, d.Values, d.Function))).ToList();
        var dimensions = candidates.OrderBy(_ => random.Next()).Take(random.Next(3))
            .Select(d => (d.Alias, d.Column, random.Next(3) == 0 ? d.Function : null)).ToList();
        var where = random.Next(3) == 0 ? null : Predicate.Random(random, [.. candidates.Select(c => (c.Alias, c.Column, c.Values))]);
        var measurePool = tables.SelectMany(t => MeasuresByTable[t].Select(m => (m.Function, Alias: t[..1], m.Column))).ToList();
        var measures = measurePool.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToList();
        var having = random.Next(4) == 0
            ? ((string, string, string)?)measurePool[random.Next(measurePool.Count)]
            : null;
        return new GeneratedAggregation(
            from,
            dimensions,
            where,
            measures,
            having is { } h ? (h, random.Next(2) == 0 ? ">" : "<=", random.Next(1, 60)) : null,
            random.Next(2) == 0,
            random.Next(2, 7),
            random.Next(2, 9),
            random.Next(2, 5));
    }

    public string Sql()
    {
        var items = Dimensions.Select((d, i) => $"{Dimension(d)} AS d{i}")
            .Concat(Measures.Select((m, i) => $"{Measure(m)} AS m{i}"));
        var text = $"SELECT {string.Join(", ", items)} FROM {From[0].Table} {From[0].Alias}";
        foreach (var (table, alias, joinTo) in From.Skip(1))
            text += $" JOIN {table} {alias} ON {alias}.email = {joinTo}.email";
        if (Where is not null)
            text += " WHERE " + Where.Sql();
        if (Dimensions.Count > 0)
            text += " GROUP BY " + string.Join(", ", Dimensions.Select(Dimension));
        if (Having is { } having)
            text += $" HAVING {Measure(having.Measure)} {having.Operator} {having.Value.ToString(CultureInfo.InvariantCulture)}";
        if (OrderByFirst)
            text += Dimensions.Count > 0 ? " ORDER BY d0 DESC" : " ORDER BY m0";
        return text;
    }

    public static string Dimension((string Alias, string Column, string? Function) dimension) =>
        dimension.Function is { } function ? $"{function}({dimension.Alias}.{dimension.Column})" : $"{dimension.Alias}.{dimension.Column}";

    public static string Measure((string Function, string Alias, string Column) measure) => measure.Function switch
    {
        "count_distinct" => $"COUNT(DISTINCT {measure.Alias}.{measure.Column})",
        "sum_distinct" => $"SUM(DISTINCT {measure.Alias}.{measure.Column})",
        var name => $"{name.ToUpperInvariant()}({measure.Alias}.{measure.Column})",
    };

    public int MinimumFor(string table) => table switch
    {
        "adv" => AdvMinimum,
        "pub" => PubMinimum,
        _ => RetMinimum,
    };
}
