using System.Globalization;

namespace Cleanroom.Rules.Tests.Generated;

/// <summary>
/// Generates CUSTOM queries over the custom-d setup (users.age and users.name disallowed in output) by nesting CTEs,
/// derived tables, cross joins, functions, windows and scalar subqueries, while tracking — independently of the
/// checker — which collaboration columns each output column is computed from.
/// </summary>
internal sealed class LineageQuery
{
    private static readonly Dictionary<string, string[]> BaseColumns = new()
    {
        ["users"] = ["age", "gender", "email", "name", "id", "first_name"],
        ["pets"] = ["age", "gender", "owner_name"],
    };

    private readonly Random random;
    private readonly List<string> ctes = [];
    private int names;

    private LineageQuery(Random random) => this.random = random;

    public string Sql { get; private set; } = "";

    /// <summary>Whether a disallowed column reaches the final projection.</summary>
    public bool Blocked { get; private set; }

    public static LineageQuery Random(Random random)
    {
        var query = new LineageQuery(random);
        var (select, outputs) = query.Select(0);
        query.Sql = (query.ctes.Count > 0 ? "WITH " + string.Join(", ", query.ctes) + " " : "") + select;
        query.Blocked = outputs.Any(o => o.Sources.Contains("users.age") || o.Sources.Contains("users.name"));
        return query;
    }

    private (string Sql, List<(string Name, HashSet<string> Sources)> Outputs) Select(int depth)
    {
        var relations = new List<(string Alias, List<(string Name, HashSet<string> Sources)> Columns)> { Relation(depth) };
        var from = relations[0].Alias;
        if (depth < 2 && random.Next(3) == 0)
            relations.Add(Relation(depth));
        var fromSql = string.Join(" CROSS JOIN ", relations.Select(r => r.Alias));
        var outputs = new List<(string, HashSet<string>)>();
        var items = new List<string>();
        for (var i = 0; i < random.Next(1, 4); i++)
        {
            var (alias, columns) = relations[random.Next(relations.Count)];
            var column = columns[random.Next(columns.Count)];
            var reference = $"{alias.Split(' ')[^1]}.{column.Name}";
            var name = $"o{i}";
            var (text, sources) = random.Next(7) switch
            {
                0 => ($"UPPER(CAST({reference} AS STRING))", column.Sources),
                1 when columns.Count > 1 => Concat(alias, column, columns[random.Next(columns.Count)]),
                2 => ($"COUNT({reference}) OVER ()", column.Sources),
                3 => ($"ROW_NUMBER() OVER (PARTITION BY {reference})", column.Sources),
                4 => ("'k'", []),
                5 => ScalarSubquery(),
                _ => (reference, column.Sources),
            };
            items.Add($"{text} AS {name}");
            outputs.Add((name, sources));
        }
        var where = random.Next(3) == 0
            ? $" WHERE {relations[0].Alias.Split(' ')[^1]}.{relations[0].Columns[random.Next(relations[0].Columns.Count)].Name} IS NOT NULL"
            : "";
        return ($"SELECT {string.Join(", ", items)} FROM {fromSql}{where}", outputs);
    }

    private (string Alias, List<(string Name, HashSet<string> Sources)> Columns) Relation(int depth)
    {
        var alias = $"r{++names}";
        var kind = depth >= 2 ? 0 : random.Next(3);
        if (kind == 0)
        {
            var table = random.Next(2) == 0 ? "users" : "pets";
            return ($"{table} {alias}", [.. BaseColumns[table].Select(c => (c, new HashSet<string> { $"{table}.{c}" }))]);
        }
        var (sql, outputs) = Select(depth + 1);
        if (kind == 1)
            return ($"({sql}) AS {alias}", outputs);
        var cte = $"c{names.ToString(CultureInfo.InvariantCulture)}";
        ctes.Add($"{cte} AS ({sql})");
        return ($"{cte} {alias}", outputs);
    }

    private static (string, HashSet<string>) Concat(string alias, (string Name, HashSet<string> Sources) first, (string Name, HashSet<string> Sources) second)
    {
        var qualifier = alias.Split(' ')[^1];
        return ($"CONCAT(CAST({qualifier}.{first.Name} AS STRING), CAST({qualifier}.{second.Name} AS STRING))", [.. first.Sources, .. second.Sources]);
    }

    private (string, HashSet<string>) ScalarSubquery()
    {
        var table = random.Next(2) == 0 ? "users" : "pets";
        var column = BaseColumns[table][random.Next(BaseColumns[table].Length)];
        return ($"(SELECT MAX(x.{column}) FROM {table} x)", [$"{table}.{column}"]);
    }
}
