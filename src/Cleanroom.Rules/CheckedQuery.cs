using Cleanroom.Rules.Policies;
using Cleanroom.Rules.Schema;
using Cleanroom.Sql.Ast;
using Cleanroom.Sql.Rendering;

namespace Cleanroom.Rules;

/// <summary>
/// An accepted query, ready to render with <c>DuckDbRenderer.Render(ExecutableTree, RenderOptions)</c>: every table
/// reference reads only the allowed columns of its view, every name is resolved, thresholds are in place.
/// </summary>
/// <param name="ReferencedTables">Each table once, in order of first reference.</param>
/// <param name="OutputColumnNames">The result header, stars expanded.</param>
public sealed record CheckedQuery(
    Query ExecutableTree,
    AnalysisRuleType RuleType,
    IReadOnlyList<SchemaTable> ReferencedTables,
    IReadOnlyList<string> OutputColumnNames,
    RenderOptions RenderOptions);
