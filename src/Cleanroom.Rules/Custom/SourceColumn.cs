using Cleanroom.Rules.Schema;

namespace Cleanroom.Rules.Custom;

/// <summary>A column of a collaboration table that a value is computed from.</summary>
internal sealed record SourceColumn(SchemaTable Table, SchemaColumn Column)
{
    public string Display => $"{Table.Name}.{Column.Name}";
}
