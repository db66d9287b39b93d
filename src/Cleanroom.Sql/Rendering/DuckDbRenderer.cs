using Cleanroom.Sql.Ast;

namespace Cleanroom.Sql.Rendering;

/// <summary>
/// Renders a validated, parameter-bound tree as DuckDB SQL with Spark semantics. The output is built from the tree
/// alone: identifiers are quoted, literals escaped, functions expanded from the catalogue.
/// </summary>
public static class DuckDbRenderer
{
    /// <exception cref="InvalidOperationException">The tree still contains an unbound <c>:parameter</c>.</exception>
    public static string Render(Query query, RenderOptions? options = null)
    {
        var writer = new DuckDbWriter(options ?? RenderOptions.Default);
        writer.Query(query, outermost: true);
        return writer.ToString();
    }
}
