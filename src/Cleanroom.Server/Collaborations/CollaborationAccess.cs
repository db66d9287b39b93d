using Cleanroom.Server.Store;
using Cleanroom.Server.Wire.Routing;

namespace Cleanroom.Server.Collaborations;

/// <summary>
/// Authorization for collaboration-scoped operations. An account that is not a member (or a collaboration that
/// is deleted or does not exist) gets <see cref="ApiCall.Hidden"/>: the same error either way, so outsiders
/// learn nothing. Later resources call these before touching anything collaboration-scoped.
/// </summary>
internal static class CollaborationAccess
{
    public const string ResourceType = "COLLABORATION";

    /// <summary>The caller has a member entry in one of <paramref name="statuses"/> (any status when none are given).</summary>
    public static async Task<CollaborationAsMember> LoadAsMemberAsync(DbSession db, ApiCall call, string collaborationId, params string[] statuses)
    {
        var collaboration = await CollaborationRows.FindAsync(db, collaborationId);
        var member = collaboration is null || collaboration.Deleted ? null : await CollaborationRows.FindMemberAsync(db, collaborationId, call.AccountId);
        if (collaboration is null || member is null || (statuses.Length > 0 && !statuses.Contains(member.Status)))
        {
            throw call.Hidden(ResourceType, collaborationId);
        }

        return new CollaborationAsMember(collaboration, member);
    }

    /// <summary>An ACTIVE member: the usual requirement for reading collaboration-wide views.</summary>
    public static Task<CollaborationAsMember> LoadAsActiveMemberAsync(DbSession db, ApiCall call, string collaborationId) =>
        LoadAsMemberAsync(db, call, collaborationId, MemberStatus.Active);

    /// <summary>
    /// Only the creator may change the collaboration or remove members. Other members get the very error an
    /// outsider gets, so a refusal tells nobody more than a random id would.
    /// </summary>
    public static async Task<CollaborationAsMember> LoadAsCreatorAsync(DbSession db, ApiCall call, string collaborationId)
    {
        var view = await LoadAsMemberAsync(db, call, collaborationId);
        return view.CallerIsCreator ? view : throw call.Hidden(ResourceType, collaborationId);
    }
}
