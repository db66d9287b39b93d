namespace Cleanroom.Rules.Custom;

/// <summary>
/// What an expression's value is made of: every collaboration column that flows into it (its lineage), and, when it
/// is a column passed on unchanged, that column's origin.
/// </summary>
internal sealed record ColumnValue(IReadOnlySet<SourceColumn> Sources, ColumnOrigin? Origin)
{
    public static ColumnValue Empty { get; } = new(new HashSet<SourceColumn>(), null);

    public static ColumnValue Derived(IEnumerable<ColumnValue> parts)
    {
        var sources = new HashSet<SourceColumn>();
        foreach (var part in parts)
            sources.UnionWith(part.Sources);
        return new ColumnValue(sources, null);
    }
}
