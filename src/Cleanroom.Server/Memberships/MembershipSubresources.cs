using Cleanroom.Server.Store;

namespace Cleanroom.Server.Memberships;

/// <summary>
/// What must be deleted before a member can leave (DeleteMembership answers ConflictException SUBRESOURCES_EXIST).
/// Each resource area that lives under a membership adds its table here.
/// </summary>
internal static class MembershipSubresources
{
    /// <summary>Tables with a <c>membership_id</c> column holding resources owned through a membership.</summary>
    private static readonly string[] Tables = ["configured_table_associations", "analysis_templates"];

    public static async Task<bool> AnyAsync(DbSession db, string membershipId)
    {
        foreach (var table in Tables)
        {
            if (await db.CountAsync($"SELECT COUNT(*) FROM {table} WHERE membership_id = @id", ("id", membershipId)) > 0)
            {
                return true;
            }
        }

        return false;
    }
}
