using Cleanroom.Server.Memberships;
using Cleanroom.Server.Store;
using Cleanroom.Server.Wire.Routing;

namespace Cleanroom.Server.Associations;

/// <summary>
/// An association is reached through its owner's membership: anyone else, or an association of another
/// membership, gets the error an id that does not exist gets. Changes need the membership ACTIVE; reading and
/// deleting do not, so a removed member can still clean up before leaving.
/// </summary>
internal static class AssociationAccess
{
    public const string ResourceType = "CONFIGURED_TABLE_ASSOCIATION";

    public static async Task<(MembershipRecord Membership, AssociationRecord Association)> LoadOwnedAsync(
        DbSession db,
        ApiCall call,
        string membershipId,
        string associationId,
        bool toChange)
    {
        var membership = toChange
            ? await MembershipAccess.LoadActiveOwnedAsync(db, call, membershipId)
            : await MembershipAccess.LoadOwnedAsync(db, call, membershipId);
        var association = await AssociationRows.FindAsync(db, associationId);
        return association is not null && association.MembershipId == membership.Id
            ? (membership, association)
            : throw call.Hidden(ResourceType, associationId);
    }
}
