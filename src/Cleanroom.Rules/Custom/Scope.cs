namespace Cleanroom.Rules.Custom;

/// <summary>
/// The FROM items of one SELECT, inside the scopes of the queries enclosing it (for correlated references).
/// <c>USING</c> merges a column of both sides into one, as DuckDB does: the left column keeps its place in
/// <c>*</c>, the right one is hidden from <c>*</c> and from unqualified names.
/// </summary>
internal sealed class Scope(Scope? parent)
{
    private readonly List<Relation> relations = [];
    private readonly Dictionary<string, RelationColumn> merged = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<RelationColumn> hidden = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<RelationColumn, RelationColumn> replaced = new(ReferenceEqualityComparer.Instance);

    public Scope? Parent => parent;

    public IReadOnlyList<Relation> Relations => relations;

    public void Add(Relation relation) => relations.Add(relation);

    public void Merge(string name, RelationColumn left, RelationColumn right)
    {
        var current = replaced.TryGetValue(left, out var earlier) ? earlier : left;
        var column = current with { Value = ColumnValue.Derived([current.Value, right.Value]) with { Origin = current.Value.Origin } };
        merged[name] = column;
        replaced[left] = column;
        hidden.Add(right);
    }

    /// <summary>The column of each side of a join that <c>USING (name)</c> names, or null where there is not exactly one.</summary>
    public (RelationColumn? Left, RelationColumn? Right) UsingPair(string name, int leftStart, int rightStart)
    {
        RelationColumn? One(IEnumerable<Relation> side)
        {
            var matches = side.SelectMany(r => r.Columns).Where(c => Same(c.Name, name) && !hidden.Contains(c)).ToList();
            return matches.Count == 1 ? matches[0] : null;
        }
        return (One(relations.Skip(leftStart).Take(rightStart - leftStart)), One(relations.Skip(rightStart)));
    }

    /// <summary>The columns an unqualified name matches in this scope alone.</summary>
    public IReadOnlyList<RelationColumn> Find(string name)
    {
        if (merged.TryGetValue(name, out var column))
            return [column];
        return [.. relations.SelectMany(r => r.Columns).Where(c => Same(c.Name, name) && !hidden.Contains(c))];
    }

    public IReadOnlyList<Relation> FindRelation(string name) => [.. relations.Where(r => r.Name is not null && Same(r.Name, name))];

    /// <summary>What <c>*</c> expands to, in DuckDB's order.</summary>
    public IEnumerable<RelationColumn> Star() =>
        relations.SelectMany(r => r.Columns)
            .Where(c => !hidden.Contains(c))
            .Select(c => replaced.TryGetValue(c, out var m) ? m : c);

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
