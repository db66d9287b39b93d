using Cleanroom.Server.Store;
using Cleanroom.Server.Wire.Routing;

namespace Cleanroom.Server.ConfiguredTables;

/// <summary>
/// Configured tables and their rules belong to one account: any other account gets the error a nonexistent id
/// gets, whether or not it shares a collaboration with the owner.
/// </summary>
internal static class ConfiguredTableAccess
{
    public const string ResourceType = "CONFIGURED_TABLE";

    public static async Task<ConfiguredTableRecord> LoadOwnedAsync(DbSession db, ApiCall call, string configuredTableId)
    {
        var table = await ConfiguredTableRows.FindAsync(db, configuredTableId);
        return table is not null && table.AccountId == call.AccountId ? table : throw call.Hidden(ResourceType, configuredTableId);
    }
}
