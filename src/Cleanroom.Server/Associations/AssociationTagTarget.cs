using Cleanroom.Server.Store;
using Cleanroom.Server.Wire.Routing;

namespace Cleanroom.Server.Associations;

/// <summary>An association can be tagged by its owner while it exists (its ARN names its membership).</summary>
internal static class AssociationTagTarget
{
    public static async Task<bool> ExistsAsync(DbSession db, Arn arn)
    {
        var association = await AssociationRows.FindAsync(db, arn.Ids[1]);
        return association is not null && association.MembershipId == arn.Ids[0] && association.AccountId == arn.AccountId;
    }
}
