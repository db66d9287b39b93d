using System.Text.Json;
using Cleanroom.Server.Associations.Wire;
using Cleanroom.Server.Collaborations;
using Cleanroom.Server.ConfiguredTables;
using Cleanroom.Server.Wire;

namespace Cleanroom.Server.Associations;

/// <summary>
/// Checks a collaboration analysis rule: its type is the configured table's rule type (so the table must have a
/// rule), the policy's union member matches, it is at most 100 KB, and every allowed result receiver is a member
/// of the collaboration with CAN_RECEIVE_RESULTS that has not left or been removed (an invited member may still
/// join). Additional analyses are stored as given; Cleanroom does not run them.
/// </summary>
internal static class AssociationRuleRules
{
    private const string Field = "analysisRulePolicy";

    public static void Check(string type, JsonElement policy, ConfiguredTableRecord table, IReadOnlyList<MemberRecord> members)
    {
        RulePolicyShape.CheckSize(policy);
        if (table.RuleType != type)
        {
            throw ApiException.InvalidConfiguration(
                table.RuleType is null
                    ? "The configured table has no analysis rule yet; create it before the collaboration analysis rule."
                    : $"A collaboration analysis rule has the type of its configured table's rule, {table.RuleType}.",
                new FieldError("analysisRuleType", table.RuleType is null ? "The configured table has no analysis rule" : $"Must be {table.RuleType}"));
        }

        var member = AnalysisRuleType.MemberOf(type);
        var v1 = policy.Deserialize<AssociationRulePolicy>(WireJson.CamelCase)!.V1!;
        RulePolicyShape.CheckMember(type, v1.Aggregation, v1.List);

        var receivers = v1.Body.AllowedResultReceivers ?? [];
        var errors = new List<FieldError>();
        for (var index = 0; index < receivers.Count; index++)
        {
            var receiver = members.FirstOrDefault(m => m.AccountId == receivers[index]);
            if (receiver is null || !receiver.Can(MemberAbility.CanReceiveResults) || receiver.Status is MemberStatus.Left or MemberStatus.Removed)
            {
                errors.Add(new FieldError($"{Field}.v1.{member}.allowedResultReceivers[{index}]", "Not a member of the collaboration who can receive results"));
            }
        }

        if (errors.Count > 0)
        {
            throw ApiException.InvalidConfiguration("Every allowed result receiver must be a member of the collaboration with CAN_RECEIVE_RESULTS.", [.. errors]);
        }
    }
}
