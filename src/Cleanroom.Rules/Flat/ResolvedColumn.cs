using Cleanroom.Rules.Schema;

namespace Cleanroom.Rules.Flat;

internal sealed record ResolvedColumn(TableInstance Instance, SchemaColumn Column)
{
    /// <summary>How messages name the column: by association name, never by the query's alias.</summary>
    public string Display => $"{Instance.Table.Name}.{Column.Name}";
}
