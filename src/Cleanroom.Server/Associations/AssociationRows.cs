using Cleanroom.Server.Store;
using Cleanroom.Server.Wire;

namespace Cleanroom.Server.Associations;

/// <summary>Data access for configured table associations.</summary>
internal static class AssociationRows
{
    public static Task InsertAsync(DbSession db, AssociationRecord a) => db.ExecuteAsync(
        "INSERT INTO configured_table_associations (id, membership_id, collaboration_id, account_id, configured_table_id, name, name_key, " +
        "description, role_arn, create_time, update_time) " +
        "VALUES (@id, @membership, @collaboration, @account, @table, @name, @key, @description, @role, @created, @updated)",
        ("id", a.Id),
        ("membership", a.MembershipId),
        ("collaboration", a.CollaborationId),
        ("account", a.AccountId),
        ("table", a.ConfiguredTableId),
        ("name", a.Name),
        ("key", AssociationRecord.KeyOf(a.Name)),
        ("description", a.Description),
        ("role", a.RoleArn),
        ("created", a.CreateTime.ToUnixTimeMilliseconds()),
        ("updated", a.UpdateTime.ToUnixTimeMilliseconds()));

    public static Task UpdateAsync(DbSession db, AssociationRecord a) => db.ExecuteAsync(
        "UPDATE configured_table_associations SET description = @description, role_arn = @role, update_time = @updated WHERE id = @id",
        ("id", a.Id),
        ("description", a.Description),
        ("role", a.RoleArn),
        ("updated", a.UpdateTime.ToUnixTimeMilliseconds()));

    public static Task<AssociationRecord?> FindAsync(DbSession db, string id) => db.QuerySingleAsync(
        $"SELECT {AssociationRecord.Columns} FROM {AssociationRecord.From} WHERE a.id = @id",
        AssociationRecord.Read,
        ("id", id));

    public static Task<List<AssociationRecord>> ListForMembershipAsync(DbSession db, string membershipId, PageRequest page) => db.QueryAsync(
        $"SELECT {AssociationRecord.Columns} FROM {AssociationRecord.From} WHERE a.membership_id = @membership " +
        "ORDER BY a.create_time, a.id LIMIT @limit OFFSET @offset",
        AssociationRecord.Read,
        ("membership", membershipId),
        ("limit", page.FetchCount),
        ("offset", page.Offset));

    /// <summary>
    /// The associations the collaboration can see: those of ACTIVE memberships. A removed member's tables drop
    /// out (its data is inaccessible); a member who left had to delete its associations first.
    /// </summary>
    public static Task<List<AssociationRecord>> VisibleInCollaborationAsync(DbSession db, string collaborationId, string? name = null) => db.QueryAsync(
        $"SELECT {AssociationRecord.Columns} FROM {AssociationRecord.From} JOIN memberships ms ON ms.id = a.membership_id " +
        "WHERE a.collaboration_id = @collaboration AND ms.status = 'ACTIVE' AND (@key IS NULL OR a.name_key = @key) ORDER BY a.name_key, a.id",
        AssociationRecord.Read,
        ("collaboration", collaborationId),
        ("key", name is null ? null : AssociationRecord.KeyOf(name)));

    public static Task<long> CountForMembershipAsync(DbSession db, string membershipId) => db.CountAsync(
        "SELECT COUNT(*) FROM configured_table_associations WHERE membership_id = @membership",
        ("membership", membershipId));

    public static Task<long> CountForTableAsync(DbSession db, string configuredTableId) => db.CountAsync(
        "SELECT COUNT(*) FROM configured_table_associations WHERE configured_table_id = @table",
        ("table", configuredTableId));

    /// <summary>How many associations of the configured table carry a collaboration analysis rule.</summary>
    public static Task<long> CountRulesForTableAsync(DbSession db, string configuredTableId) => db.CountAsync(
        "SELECT COUNT(*) FROM configured_table_association_analysis_rules ar JOIN configured_table_associations a ON a.id = ar.association_id " +
        "WHERE a.configured_table_id = @table",
        ("table", configuredTableId));

    /// <summary>Deletes the association with its collaboration analysis rule.</summary>
    public static async Task DeleteAsync(DbSession db, string id)
    {
        await db.ExecuteAsync("DELETE FROM configured_table_association_analysis_rules WHERE association_id = @id", ("id", id));
        await db.ExecuteAsync("DELETE FROM configured_table_associations WHERE id = @id", ("id", id));
    }
}
