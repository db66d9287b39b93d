using Cleanroom.Server.Collaborations;
using Cleanroom.Server.Store;

namespace Cleanroom.Server.Associations;

/// <summary>Every member entry of a collaboration, for rules that look at who may receive results.</summary>
internal static class CollaborationMembers
{
    public static Task<List<MemberRecord>> AllAsync(DbSession db, string collaborationId) => db.QueryAsync(
        $"SELECT {MemberRecord.Columns} FROM members m WHERE m.collaboration_id = @collaboration ORDER BY m.ordinal",
        MemberRecord.Read,
        ("collaboration", collaborationId));

    /// <summary>A member who can receive results now: ACTIVE with CAN_RECEIVE_RESULTS.</summary>
    public static bool CanReceiveNow(MemberRecord member) =>
        member.Status == MemberStatus.Active && member.Can(MemberAbility.CanReceiveResults);
}
