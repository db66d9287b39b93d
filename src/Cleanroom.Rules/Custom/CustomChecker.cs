using Cleanroom.Rules.Checking;
using Cleanroom.Rules.Encryption;
using Cleanroom.Rules.Policies;
using Cleanroom.Sql.Ast;
using Cleanroom.Sql.Functions;
using Cleanroom.Sql.Rendering;

namespace Cleanroom.Rules.Custom;

/// <summary>CUSTOM (spec 5.3): who may run it, then the whole query analysed for disallowed output columns and C3R classes.</summary>
internal static class CustomChecker
{
    public static CheckResult Check(Query query, QueryContext context, TableReferences references)
    {
        var violations = new Violations();
        CustomAuthorization.Check(context, references, violations);
        var analyzer = new CustomAnalyzer(references, new ColumnClasses(context.Encryption), violations, context.Tables.Select(t => t.ViewName));
        var outputs = analyzer.Analyze(query);
        var names = outputs.Select(o => o.Name).ToList();
        OutputNames.RequireDistinct(names, [.. outputs.Select(o => o.At)], violations);
        if (violations.Any)
            return violations.ToRejected();
        var rewriter = new ExecutableTreeRewriter(analyzer.Edits);
        var tree = rewriter.RewriteQuery(query);
        var options = new RenderOptions { ColumnType = c => rewriter.Types.TryGetValue(c, out var t) ? t : StaticType.Unknown };
        return new Accepted(new CheckedQuery(tree, AnalysisRuleType.Custom, references.Distinct, names, options));
    }
}
