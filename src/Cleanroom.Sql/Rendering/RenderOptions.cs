using Cleanroom.Sql.Ast;
using Cleanroom.Sql.Functions;

namespace Cleanroom.Sql.Rendering;

/// <summary>What the DuckDB renderer may know beyond the tree.</summary>
public sealed record RenderOptions
{
    /// <summary>
    /// The type of a column reference, when the caller has resolved it against the schema. Used only where Spark and
    /// DuckDB semantics depend on the type (TRUNC of a date vs a number, integer DIV, casts to integers).
    /// </summary>
    public Func<ColumnReference, StaticType>? ColumnType { get; init; }

    /// <summary>Alias every unnamed output column with its Spark-style name, so result headers match <see cref="OutputColumns"/>.</summary>
    public bool NameOutputColumns { get; init; } = true;

    public static RenderOptions Default { get; } = new();
}
