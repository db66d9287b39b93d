using Cleanroom.Sql.Ast;
using Cleanroom.Sql.Functions;

namespace Cleanroom.Rules.Checking;

/// <summary>
/// The edits that turn a checked query into its executable tree, keyed by the identity of the original nodes:
/// table references replaced by projections of views, generated aliases and CTE names, re-qualified columns, and the
/// static types of columns the renderer may need.
/// </summary>
internal sealed class TreeEdits
{
    public Dictionary<NamedTable, TableReference> Tables { get; } = new(ReferenceEqualityComparer.Instance);

    public Dictionary<DerivedTable, Identifier> DerivedAliases { get; } = new(ReferenceEqualityComparer.Instance);

    public Dictionary<ColumnReference, ColumnReference> Columns { get; } = new(ReferenceEqualityComparer.Instance);

    public Dictionary<ColumnReference, StaticType> ColumnTypes { get; } = new(ReferenceEqualityComparer.Instance);

    public Dictionary<StarItem, StarItem> Stars { get; } = new(ReferenceEqualityComparer.Instance);

    public Dictionary<CommonTableExpression, Identifier> CteNames { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Aliases given to unaliased expression items, so DuckDB names every column as the dialect does.</summary>
    public Dictionary<ExpressionItem, Identifier> ItemAliases { get; } = new(ReferenceEqualityComparer.Instance);
}
