using Cleanroom.Server.Store;
using Cleanroom.Server.Wire.Routing;

namespace Cleanroom.Server.ConfiguredTables;

/// <summary>A configured table can be tagged by its owner while it exists.</summary>
internal static class ConfiguredTableTagTarget
{
    public static async Task<bool> ExistsAsync(DbSession db, Arn arn)
    {
        var table = await ConfiguredTableRows.FindAsync(db, arn.Ids[0]);
        return table is not null && table.AccountId == arn.AccountId;
    }
}
