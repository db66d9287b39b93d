using Cleanroom.Rules.Checking;
using Cleanroom.Sql.Ast;
using Cleanroom.Sql.Functions;

namespace Cleanroom.Rules.Flat;

/// <summary>
/// Resolves column references of a flat query to exactly one table instance. Only allowed columns exist, so a
/// column left out of the configured table reads as unknown; unqualified names must be unambiguous.
/// </summary>
internal sealed class FlatColumns(IReadOnlyList<TableInstance> instances, Violations violations)
{
    private readonly Dictionary<ColumnReference, ResolvedColumn?> resolved = new(ReferenceEqualityComparer.Instance);

    public IReadOnlyList<TableInstance> Instances => instances;

    /// <summary>Every reference resolved so far, with its column.</summary>
    public IEnumerable<(ColumnReference Reference, ResolvedColumn Column)> Resolved =>
        resolved.Where(e => e.Value is not null).Select(e => (e.Key, e.Value!));

    public ResolvedColumn? Resolve(ColumnReference column)
    {
        if (!resolved.TryGetValue(column, out var result))
        {
            result = Lookup(column);
            resolved[column] = result;
        }
        return result;
    }

    /// <summary>The static type of a reference, from its column's Glue type (unknown when it does not resolve).</summary>
    public StaticType StaticTypeOf(ColumnReference column) =>
        Resolve(column) is { } resolved ? GlueTypes.StaticTypeOf(resolved.Column.Type) : StaticType.Unknown;

    private ResolvedColumn? Lookup(ColumnReference column)
    {
        var name = column.Column.Name;
        switch (column.Parts.Count)
        {
            case 1:
                var matches = instances
                    .SelectMany(i => i.Table.Columns.Where(c => Same(c.Name, name)).Select(c => new ResolvedColumn(i, c)))
                    .ToList();
                if (matches.Count == 1)
                    return matches[0];
                violations.Add(
                    RuleNames.Columns,
                    matches.Count == 0 ? $"unknown column {name}" : $"column {name} is ambiguous: qualify it with a table name or alias",
                    column);
                return null;
            case 2:
                var qualifier = column.Parts[0].Name;
                var instance = instances.FirstOrDefault(i => Same(i.ReferenceName, qualifier));
                if (instance is null)
                {
                    violations.Add(RuleNames.Columns, $"unknown table or alias {qualifier}", column);
                    return null;
                }
                var schemaColumn = instance.Table.Columns.FirstOrDefault(c => Same(c.Name, name));
                if (schemaColumn is null)
                {
                    violations.Add(RuleNames.Columns, $"unknown column {qualifier}.{name}", column);
                    return null;
                }
                return new ResolvedColumn(instance, schemaColumn);
            default:
                violations.Add(RuleNames.Columns, "column references take at most a table qualifier", column);
                return null;
        }
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
