using Cleanroom.Server.Collaborations.Wire;
using Cleanroom.Server.Quotas;
using Cleanroom.Server.Wire;

namespace Cleanroom.Server.Collaborations;

/// <summary>
/// The business rules of <c>CreateCollaboration</c> beyond the model's constraints: distinct members other than
/// the creator, at most one member who can query and one who can run jobs, a result receiver when someone can
/// query, the invited-members quota, and payment responsibility.
/// </summary>
internal static class CollaborationRules
{
    public static IReadOnlyList<MemberRecord> PlanMembers(CreateCollaborationInput input, string creatorAccountId, string collaborationId, DateTimeOffset now, QuotaOptions quotas)
    {
        Quota.Check(Quota.MembersPerCollaboration, input.Members.Count, quotas.MembersPerCollaboration);
        var seen = new HashSet<string>(StringComparer.Ordinal) { creatorAccountId };
        for (var index = 0; index < input.Members.Count; index++)
        {
            if (!seen.Add(input.Members[index].AccountId))
            {
                throw ApiException.InvalidConfiguration(
                    "Each member must be a distinct account other than the creator.",
                    new FieldError($"members[{index}].accountId", "Duplicate account or the creator's own account"));
            }
        }

        var participants = new List<PaymentParticipant> { new("creatorPaymentConfiguration", input.CreatorMemberAbilities, input.CreatorPaymentConfiguration) };
        participants.AddRange(input.Members.Select((member, index) => new PaymentParticipant($"members[{index}].paymentConfiguration", member.MemberAbilities, member.PaymentConfiguration)));
        RequireAtMostOne(participants, MemberAbility.CanQuery);
        RequireAtMostOne(participants, MemberAbility.CanRunJob);
        if (participants.Any(p => p.Abilities.Contains(MemberAbility.CanQuery)) && !participants.Any(p => p.Abilities.Contains(MemberAbility.CanReceiveResults)))
        {
            throw ApiException.InvalidConfiguration(
                "A collaboration with a member who can query needs at least one member who can receive results.",
                new FieldError("creatorMemberAbilities", "No member has CAN_RECEIVE_RESULTS"));
        }

        var payments = PaymentResponsibility.Resolve(participants);
        var members = new List<MemberRecord>
        {
            new(collaborationId, creatorAccountId, 0, input.CreatorDisplayName, Distinct(input.CreatorMemberAbilities), input.CreatorMlMemberAbilities, payments[0], MemberStatus.Invited, null, now, now),
        };
        members.AddRange(input.Members.Select((member, index) => new MemberRecord(
            collaborationId,
            member.AccountId,
            index + 1,
            member.DisplayName,
            Distinct(member.MemberAbilities),
            member.MlMemberAbilities,
            payments[index + 1],
            MemberStatus.Invited,
            null,
            now,
            now)));
        return members;
    }

    private static void RequireAtMostOne(IReadOnlyList<PaymentParticipant> participants, string ability)
    {
        var holders = participants.Where(p => p.Abilities.Contains(ability)).ToArray();
        if (holders.Length > 1)
        {
            throw ApiException.InvalidConfiguration(
                $"Only one member can have the ability {ability}.",
                holders.Select(p => new FieldError(AbilitiesField(p.Field), $"Only one member can have {ability}")).ToArray());
        }
    }

    private static string AbilitiesField(string paymentField) =>
        paymentField == "creatorPaymentConfiguration" ? "creatorMemberAbilities" : paymentField.Replace(".paymentConfiguration", ".memberAbilities", StringComparison.Ordinal);

    private static string[] Distinct(IReadOnlyList<string> abilities) => abilities.Distinct(StringComparer.Ordinal).ToArray();
}
