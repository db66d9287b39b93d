using Cleanroom.Rules.Checking;
using Cleanroom.Rules.Policies;

namespace Cleanroom.Rules.Custom;

/// <summary>
/// Who may run what on CUSTOM tables (spec 5.3.1), for every referenced table: a direct query only when the runner's
/// account is an allowed analysis provider (with ANY_QUERY); a template run only when the template's ARN is allowed,
/// or its creator is an allowed provider. Empty allowedAnalyses lets nothing run. Differential privacy is refused.
/// </summary>
internal static class CustomAuthorization
{
    public static void Check(QueryContext context, TableReferences references, Violations violations)
    {
        foreach (var table in references.Distinct)
        {
            var rule = (CustomRule)table.Rule;
            var at = references.FirstReference(table);
            if (rule.DifferentialPrivacyColumns.Count > 0)
                violations.Add(RuleNames.DifferentialPrivacy, $"table {table.Name} uses differential privacy, which is not supported", at);
            var anyQuery = rule.AllowedAnalyses.Contains(CustomRule.AnyQuery, StringComparer.Ordinal);
            if (rule.AllowedAnalyses.Count == 0)
                violations.Add(RuleNames.AllowedAnalyses, $"table {table.Name} allows no analyses yet: its custom rule lists no allowed analyses", at);
            else if (context.Template is not { } template)
            {
                if (!anyQuery || !rule.AllowedAnalysisProviders.Contains(context.RunnerAccountId, StringComparer.Ordinal))
                    violations.Add(RuleNames.AllowedAnalyses, $"table {table.Name} does not allow direct queries from the query runner's account", at);
            }
            else if (!rule.AllowedAnalyses.Contains(template.AnalysisTemplateArn, StringComparer.Ordinal)
                && !(anyQuery && rule.AllowedAnalysisProviders.Contains(template.CreatorAccountId, StringComparer.Ordinal)))
            {
                violations.Add(RuleNames.AllowedAnalyses, $"table {table.Name} does not allow this analysis template", at);
            }
        }
    }
}
