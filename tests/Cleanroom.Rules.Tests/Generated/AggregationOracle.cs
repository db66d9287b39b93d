namespace Cleanroom.Rules.Tests.Generated;

/// <summary>
/// Computes what a generated aggregation query must return, from the raw rows, independently of the code under
/// test: inner joins, WHERE in three-valued logic, groups, the measures, the thresholds (every table instance's
/// distinct emails per group), then HAVING. Rows come back as dimension values followed by measure values.
/// </summary>
internal static class AggregationOracle
{
    public static (IReadOnlyList<object?[]> Rows, int Suppressed) Rows(GeneratedAggregation query)
    {
        var combinations = AggregationWorld.Rows[query.From[0].Table].Select(r => new Dictionary<string, Row> { [query.From[0].Alias] = r }).ToList();
        foreach (var (table, alias, joinTo) in query.From.Skip(1))
        {
            combinations =
            [
                .. from combination in combinations
                   from row in AggregationWorld.Rows[table]
                   where row["email"] is string email && combination[joinTo!]["email"] is string other && email == other
                   select new Dictionary<string, Row>(combination) { [alias] = row },
            ];
        }
        if (query.Where is not null)
            combinations = [.. combinations.Where(c => query.Where.Evaluate((alias, column) => c[alias][column]) == true)];

        var groups = query.Dimensions.Count == 0
            ? [new KeyValuePair<string, List<Dictionary<string, Row>>>("", combinations)]
            : combinations.GroupBy(c => string.Join("\u0001", query.Dimensions.Select(d => Dimension(d, c) ?? "\u0000")))
                .Select(g => new KeyValuePair<string, List<Dictionary<string, Row>>>(g.Key, [.. g]))
                .ToList();
        var result = new List<object?[]>();
        var suppressed = 0;
        foreach (var (_, rows) in groups)
        {
            var passes = query.From.All(f => rows.Select(r => r[f.Alias]["email"]).OfType<string>().Distinct().Count() >= query.MinimumFor(f.Table));
            if (!passes)
            {
                suppressed++;
                continue;
            }
            if (query.Having is { } having && !Compare(Measure(having.Measure, rows), having.Operator, having.Value))
                continue;
            result.Add([.. query.Dimensions.Select(d => (object?)Dimension(d, rows[0])), .. query.Measures.Select(m => Measure(m, rows))]);
        }
        return (result, suppressed);
    }

    private static string? Dimension((string Alias, string Column, string? Function) dimension, Dictionary<string, Row> row) =>
        row[dimension.Alias][dimension.Column] is not string value ? null
        : dimension.Function == "UPPER" ? value.ToUpperInvariant()
        : dimension.Function == "LOWER" ? value.ToLowerInvariant()
        : value;

    private static decimal? Measure((string Function, string Alias, string Column) measure, List<Dictionary<string, Row>> rows)
    {
        var values = rows.Select(r => r[measure.Alias][measure.Column]).Where(v => v is not null).ToList();
        var numbers = values.Select(v => v is string ? 0m : Convert.ToDecimal(v, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return measure.Function switch
        {
            "count_distinct" => values.Distinct().Count(),
            "count" => values.Count,
            "sum" => numbers.Count == 0 ? null : numbers.Sum(),
            "sum_distinct" => numbers.Count == 0 ? null : numbers.Distinct().Sum(),
            _ => numbers.Count == 0 ? null : numbers.Sum() / numbers.Count,
        };
    }

    private static bool Compare(decimal? value, string op, long literal) =>
        value is { } v && (op == ">" ? v > literal : v <= literal);
}
