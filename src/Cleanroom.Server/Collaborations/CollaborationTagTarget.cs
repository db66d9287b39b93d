using Cleanroom.Server.Store;
using Cleanroom.Server.Wire.Routing;

namespace Cleanroom.Server.Collaborations;

/// <summary>A collaboration can be tagged by its creator while it is not deleted.</summary>
internal static class CollaborationTagTarget
{
    public static async Task<bool> ExistsAsync(DbSession db, Arn arn)
    {
        var collaboration = await CollaborationRows.FindAsync(db, arn.Ids[0]);
        return collaboration is { Deleted: false } && collaboration.CreatorAccountId == arn.AccountId;
    }
}
