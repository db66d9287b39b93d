using Cleanroom.Server.AnalysisTemplates;
using Cleanroom.Server.Associations;
using Cleanroom.Server.Collaborations;
using Cleanroom.Server.ConfiguredTables;
using Cleanroom.Server.Schemas.Wire;
using Cleanroom.Server.Store;
using Cleanroom.Server.Wire.Routing;

namespace Cleanroom.Server.Schemas;

/// <summary>
/// Whether a schema can be analysed, per analysis type. DIRECT_ANALYSIS (absent when the table's rule requires
/// additional analysis) is READY only when the configured table has a rule; for CUSTOM, that rule lets something
/// run in this collaboration (an approved template of this collaboration, or a provider who is an active member);
/// the association has a collaboration analysis rule; and at least one of its result receivers can receive now
/// (ACTIVE with CAN_RECEIVE_RESULTS). ADDITIONAL_ANALYSIS appears when the table allows or requires additional
/// analyses or the association lists some, and reports whether both sides agree.
/// </summary>
internal static class SchemaReadiness
{
    private const string Required = "REQUIRED";
    private const string Allowed = "ALLOWED";

    public static async Task<IReadOnlyList<SchemaStatusDetail>> EvaluateAsync(
        DbSession db,
        CollaborationRecord collaboration,
        AnalysisRuleRecord? rule,
        AssociationRuleRecord? collaborationRule,
        IReadOnlyList<MemberRecord> members,
        string region)
    {
        var policy = rule?.TypedPolicy.V1;
        var additional = policy?.Aggregation?.AdditionalAnalyses ?? policy?.List?.AdditionalAnalyses ?? policy?.Custom?.AdditionalAnalyses;
        var details = new List<SchemaStatusDetail>();
        if (additional != Required)
        {
            var reasons = new List<SchemaStatusReason>();
            if (rule is null)
            {
                reasons.Add(new(SchemaStatusCode.AnalysisRuleMissing, "The configured table has no analysis rule."));
            }
            else if (policy!.Custom is { } custom)
            {
                reasons.AddRange(await CustomReasonsAsync(db, collaboration, custom.AllowedAnalyses, custom.AllowedAnalysisProviders ?? [], members, region));
            }

            reasons.AddRange(ReceiverReasons(collaborationRule, members));
            details.Add(Detail(reasons, rule?.Type, SchemaStatusCode.DirectAnalysis));
        }

        var listed = collaborationRule?.Body.AllowedAdditionalAnalyses ?? [];
        if (rule is not null && (additional is Allowed or Required || listed.Count > 0))
        {
            var reasons = new List<SchemaStatusReason>();
            if (additional is not (Allowed or Required))
            {
                reasons.Add(new(SchemaStatusCode.AdditionalAnalysesNotAllowed, "The configured table's analysis rule does not allow additional analyses."));
            }
            else if (listed.Count == 0)
            {
                reasons.Add(new(SchemaStatusCode.AdditionalAnalysesNotConfigured, "The collaboration analysis rule lists no additional analyses."));
            }

            details.Add(Detail(reasons, rule.Type, SchemaStatusCode.AdditionalAnalysis));
        }

        return details;
    }

    private static IEnumerable<SchemaStatusReason> ReceiverReasons(AssociationRuleRecord? collaborationRule, IReadOnlyList<MemberRecord> members)
    {
        if (collaborationRule is null)
        {
            yield return new(SchemaStatusCode.CollaborationAnalysisRuleNotConfigured, "The association has no collaboration analysis rule.");
            yield break;
        }

        var receivers = collaborationRule.Body.AllowedResultReceivers ?? [];
        if (receivers.Count == 0)
        {
            yield return new(SchemaStatusCode.ResultReceiversNotConfigured, "The collaboration analysis rule allows no result receivers.");
        }
        else if (!members.Any(member => receivers.Contains(member.AccountId) && CollaborationMembers.CanReceiveNow(member)))
        {
            yield return new(SchemaStatusCode.ResultReceiversNotAllowed, "None of the allowed result receivers is an active member who can receive results.");
        }
    }

    private static async Task<IReadOnlyList<SchemaStatusReason>> CustomReasonsAsync(
        DbSession db,
        CollaborationRecord collaboration,
        IReadOnlyList<string> allowedAnalyses,
        IReadOnlyList<string> providers,
        IReadOnlyList<MemberRecord> members,
        string region)
    {
        if (allowedAnalyses.Any(item => item is "ANY_QUERY" or "ANY_JOB"))
        {
            return members.Any(member => providers.Contains(member.AccountId) && member.Status == MemberStatus.Active)
                ? []
                : [new(SchemaStatusCode.AnalysisProvidersNotConfigured, "None of the allowed analysis providers is an active member of this collaboration.")];
        }

        foreach (var item in allowedAnalyses)
        {
            if (Arn.Parse(item) is { Kind: "membership/analysistemplate" } arn
                && await AnalysisTemplateRows.FindVisibleAsync(db, collaboration.Id, arn.Ids[1]) is { } template
                && template.ArnIn(region) == item)
            {
                return [];
            }
        }

        return [new(SchemaStatusCode.AnalysisTemplatesNotConfigured, "The custom analysis rule allows no analysis template of this collaboration.")];
    }

    private static SchemaStatusDetail Detail(List<SchemaStatusReason> reasons, string? ruleType, string analysisType) =>
        new(reasons.Count == 0 ? SchemaStatusCode.Ready : SchemaStatusCode.NotReady, reasons, ruleType, analysisType);
}
