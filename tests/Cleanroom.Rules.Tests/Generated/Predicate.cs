using System.Globalization;

namespace Cleanroom.Rules.Tests.Generated;

/// <summary>
/// A generated WHERE condition over dimension (or list) columns, written as SQL and evaluated by the oracle with
/// SQL's three-valued logic.
/// </summary>
internal abstract record Predicate
{
    public abstract string Sql();

    public abstract bool? Evaluate(Func<string, string, object?> value);

    public static Predicate Random(Random random, IReadOnlyList<(string Alias, string Column, string[] Values)> columns, int depth = 0)
    {
        if (depth < 2 && random.Next(4) == 0)
            return new Logical(Random(random, columns, depth + 1), random.Next(2) == 0, Random(random, columns, depth + 1));
        var (alias, column, values) = columns[random.Next(columns.Count)];
        var candidate = random.Next(5) == 0 ? "none" : values[random.Next(values.Length)];
        return random.Next(6) switch
        {
            0 => new Comparison(alias, column, "=", candidate),
            1 => new Comparison(alias, column, random.Next(2) == 0 ? "<>" : ">=", candidate),
            2 => new InList(alias, column, [candidate, values[random.Next(values.Length)]], random.Next(3) == 0),
            3 => new Like(alias, column, candidate[..Math.Min(2, candidate.Length)] + "%", random.Next(3) == 0),
            _ => new IsNull(alias, column, random.Next(2) == 0),
        };
    }

    /// <summary><c>alias.column * factor + offset &gt; bound</c>: arithmetic over a numeric column.</summary>
    public static Predicate Arithmetic(Random random, string alias, string column) =>
        new NumberComparison(alias, column, random.Next(1, 4), random.Next(-5, 6), random.Next(0, 120));

    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private sealed record Logical(Predicate Left, bool And, Predicate Right) : Predicate
    {
        public override string Sql() => $"({Left.Sql()} {(And ? "AND" : "OR")} {Right.Sql()})";

        public override bool? Evaluate(Func<string, string, object?> value)
        {
            var (left, right) = (Left.Evaluate(value), Right.Evaluate(value));
            if (And)
                return left == false || right == false ? false : left == true && right == true ? true : null;
            return left == true || right == true ? true : left == false && right == false ? false : null;
        }
    }

    private sealed record Comparison(string Alias, string Column, string Operator, string Value) : Predicate
    {
        public override string Sql() => $"{Alias}.{Column} {Operator} {Quote(Value)}";

        public override bool? Evaluate(Func<string, string, object?> value)
        {
            if (value(Alias, Column) is not string actual)
                return null;
            var order = string.CompareOrdinal(actual, Value);
            return Operator switch
            {
                "=" => order == 0,
                "<>" => order != 0,
                _ => order >= 0,
            };
        }
    }

    private sealed record InList(string Alias, string Column, string[] Values, bool Negated) : Predicate
    {
        public override string Sql() => $"{Alias}.{Column} {(Negated ? "NOT " : "")}IN ({string.Join(", ", Values.Select(Quote))})";

        public override bool? Evaluate(Func<string, string, object?> value) =>
            value(Alias, Column) is string actual ? Values.Contains(actual) != Negated : null;
    }

    private sealed record Like(string Alias, string Column, string Pattern, bool Negated) : Predicate
    {
        public override string Sql() => $"{Alias}.{Column} {(Negated ? "NOT " : "")}LIKE {Quote(Pattern)}";

        public override bool? Evaluate(Func<string, string, object?> value) =>
            value(Alias, Column) is string actual ? actual.StartsWith(Pattern.TrimEnd('%'), StringComparison.Ordinal) != Negated : null;
    }

    private sealed record NumberComparison(string Alias, string Column, long Factor, long Offset, long Bound) : Predicate
    {
        public override string Sql() =>
            string.Create(CultureInfo.InvariantCulture, $"{Alias}.{Column} * {Factor} + {Offset} > {Bound}");

        public override bool? Evaluate(Func<string, string, object?> value) =>
            value(Alias, Column) is long actual ? actual * Factor + Offset > Bound : null;
    }

    private sealed record IsNull(string Alias, string Column, bool Negated) : Predicate
    {
        public override string Sql() => $"{Alias}.{Column} IS {(Negated ? "NOT " : "")}NULL";

        public override bool? Evaluate(Func<string, string, object?> value) => (value(Alias, Column) is null) != Negated;
    }

    public override string ToString() => Sql().ToString(CultureInfo.InvariantCulture);
}
