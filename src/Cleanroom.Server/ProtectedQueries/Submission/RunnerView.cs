using Cleanroom.Server.Associations;
using Cleanroom.Server.Collaborations;
using Cleanroom.Server.Memberships;
using Cleanroom.Server.Schemas;
using Cleanroom.Server.Store;
using Cleanroom.Server.Wire;
using Cleanroom.Server.Wire.Routing;

namespace Cleanroom.Server.ProtectedQueries.Submission;

/// <summary>
/// The collaboration as the member who runs a query sees it when it submits: its own membership, the members and
/// their memberships (abilities, status, result settings, log settings) and every table's schema.
/// </summary>
internal sealed record RunnerView(
    MembershipRecord Membership,
    CollaborationRecord Collaboration,
    IReadOnlyList<MemberRecord> Members,
    IReadOnlyDictionary<string, MembershipRecord> Memberships,
    IReadOnlyList<CollaborationSchema> Schemas)
{
    public string RunnerAccountId => Membership.AccountId;

    public MemberRecord Runner => Members.First(member => member.AccountId == RunnerAccountId);

    /// <summary>
    /// Only the owner of an ACTIVE membership with CAN_QUERY may run queries. Another account gets the error a
    /// random membership id gets; the owner learns why it may not.
    /// </summary>
    public static async Task<RunnerView> LoadAsync(DbSession db, ApiCall call, string membershipId, string region)
    {
        var membership = await MembershipAccess.LoadOwnedAsync(db, call, membershipId);
        if (membership.Status != MembershipStatus.Active)
        {
            throw ApiException.AccessDenied($"The membership is {membership.Status}: only an active member can run protected queries.");
        }

        var collaboration = (await CollaborationRows.FindAsync(db, membership.CollaborationId))!;
        var members = await CollaborationMembers.AllAsync(db, collaboration.Id);
        if (!members.First(member => member.AccountId == membership.AccountId).Can(MemberAbility.CanQuery))
        {
            throw ApiException.AccessDenied("Only the member who can query (CAN_QUERY) can run protected queries in this collaboration.");
        }

        var memberships = new Dictionary<string, MembershipRecord>(StringComparer.Ordinal);
        foreach (var member in members.Where(member => member.MembershipId is not null))
        {
            if (await MembershipRows.FindAsync(db, member.MembershipId!) is { } found)
            {
                memberships[member.AccountId] = found;
            }
        }

        return new RunnerView(membership, collaboration, members, memberships, await CollaborationSchemas.LoadAsync(db, collaboration, region));
    }
}
