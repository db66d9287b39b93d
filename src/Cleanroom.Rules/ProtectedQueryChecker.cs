using Cleanroom.Rules.Aggregation;
using Cleanroom.Rules.Checking;
using Cleanroom.Rules.Custom;
using Cleanroom.Rules.Listing;
using Cleanroom.Rules.Policies;
using Cleanroom.Sql.Ast;
using Cleanroom.Sql.Walking;

namespace Cleanroom.Rules;

/// <summary>
/// Decides whether a parsed protected query may run under the analysis rules of every table it references, and if so
/// builds the executable tree. Pure: no I/O, no clock, no state.
/// </summary>
public static class ProtectedQueryChecker
{
    /// <summary>Configured tables per protected query (spec 5.0, quota).</summary>
    public const int MaxTables = 15;

    public static CheckResult Check(Query query, QueryContext context)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(context);
        var violations = new Violations();
        foreach (var parameter in QueryInventory.Of(query).Parameters)
            violations.Add(RuleNames.Parameters, $"parameter :{parameter.Node.Name} is not bound: template parameters are bound to typed values before the query is checked", parameter.Node);
        var references = TableReferences.Resolve(query, context.Tables, violations);
        if (violations.Any)
            return violations.ToRejected();
        var tables = references.Distinct;
        if (tables.Count == 0)
            violations.Add(RuleNames.Tables, "a query must read at least one table of the collaboration", query.Body);
        if (tables.Count > MaxTables)
            violations.Add(RuleNames.Tables, $"a query can reference at most {MaxTables} tables; this one references {tables.Count}", references.FirstReference(tables[MaxTables]));
        foreach (var table in tables.Where(t => t.Rule.Type != tables[0].Rule.Type))
        {
            violations.Add(
                RuleNames.RuleType,
                $"all tables of a query must have the same analysis rule type: {tables[0].Name} has {Name(tables[0].Rule.Type)}, {table.Name} has {Name(table.Rule.Type)}",
                references.FirstReference(table));
        }
        foreach (var table in tables.Where(t => t.Rule.AdditionalAnalyses == AdditionalAnalyses.Required))
            violations.Add(RuleNames.AdditionalAnalyses, $"table {table.Name} requires additional analysis of its results, so it cannot be queried directly", references.FirstReference(table));
        if (violations.Any)
            return violations.ToRejected();
        return tables[0].Rule.Type switch
        {
            AnalysisRuleType.Aggregation => AggregationChecker.Check(query, context, references),
            AnalysisRuleType.List => ListChecker.Check(query, context, references),
            _ => CustomChecker.Check(query, context, references),
        };
    }

    private static string Name(AnalysisRuleType type) => type.ToString().ToUpperInvariant();
}
