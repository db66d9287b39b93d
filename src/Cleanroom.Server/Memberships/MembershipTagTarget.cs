using Cleanroom.Server.Store;
using Cleanroom.Server.Wire.Routing;

namespace Cleanroom.Server.Memberships;

/// <summary>A membership can be tagged by its owner while it exists.</summary>
internal static class MembershipTagTarget
{
    public static async Task<bool> ExistsAsync(DbSession db, Arn arn)
    {
        var membership = await MembershipRows.FindAsync(db, arn.Ids[0]);
        return membership is not null && membership.AccountId == arn.AccountId;
    }
}
