using Cleanroom.Server.Store;
using Cleanroom.Server.Wire;
using Cleanroom.Server.Wire.Routing;

namespace Cleanroom.Server.Memberships;

/// <summary>
/// Authorization for membership-scoped operations: only the owning account sees or changes a membership and
/// everything under it. Anyone else gets the same error as for an id that does not exist.
/// </summary>
internal static class MembershipAccess
{
    public const string ResourceType = "MEMBERSHIP";

    public static async Task<MembershipRecord> LoadOwnedAsync(DbSession db, ApiCall call, string membershipId)
    {
        var membership = await MembershipRows.FindAsync(db, membershipId);
        return membership is not null && membership.AccountId == call.AccountId
            ? membership
            : throw call.Hidden(ResourceType, membershipId);
    }

    /// <summary>An owned membership that is still ACTIVE: required to create or change anything under it.</summary>
    public static async Task<MembershipRecord> LoadActiveOwnedAsync(DbSession db, ApiCall call, string membershipId)
    {
        var membership = await LoadOwnedAsync(db, call, membershipId);
        return membership.Status == MembershipStatus.Active
            ? membership
            : throw ApiException.Conflict($"The membership is {membership.Status}.", "INVALID_STATE", membershipId, ResourceType);
    }
}
