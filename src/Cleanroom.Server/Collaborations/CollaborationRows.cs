using Cleanroom.Server.Store;
using Cleanroom.Server.Wire;

namespace Cleanroom.Server.Collaborations;

/// <summary>Data access for collaborations and their member entries.</summary>
internal static class CollaborationRows
{
    public static Task InsertAsync(DbSession db, CollaborationRecord c) => db.ExecuteAsync(
        "INSERT INTO collaborations (id, creator_account_id, name, description, creator_display_name, query_log_status, job_log_status, " +
        "analytics_engine, data_encryption_metadata, auto_approved_change_types, allowed_result_regions, is_metrics_enabled, create_time, update_time) " +
        "VALUES (@id, @creator, @name, @description, @display, @qls, @jls, @engine, @dem, @auto, @regions, @metrics, @created, @updated)",
        ("id", c.Id),
        ("creator", c.CreatorAccountId),
        ("name", c.Name),
        ("description", c.Description),
        ("display", c.CreatorDisplayName),
        ("qls", c.QueryLogStatus),
        ("jls", c.JobLogStatus),
        ("engine", c.AnalyticsEngine),
        ("dem", JsonColumn.Write(c.DataEncryptionMetadata)),
        ("auto", JsonColumn.Write(c.AutoApprovedChangeTypes)),
        ("regions", JsonColumn.Write(c.AllowedResultRegions)),
        ("metrics", c.IsMetricsEnabled is null ? null : c.IsMetricsEnabled.Value ? 1 : 0),
        ("created", c.CreateTime.ToUnixTimeMilliseconds()),
        ("updated", c.UpdateTime.ToUnixTimeMilliseconds()));

    public static Task InsertMemberAsync(DbSession db, MemberRecord m) => db.ExecuteAsync(
        "INSERT INTO members (collaboration_id, account_id, ordinal, display_name, abilities, ml_abilities, payment_configuration, status, membership_id, create_time, update_time) " +
        "VALUES (@collaboration, @account, @ordinal, @display, @abilities, @ml, @payment, @status, @membership, @created, @updated)",
        ("collaboration", m.CollaborationId),
        ("account", m.AccountId),
        ("ordinal", m.Ordinal),
        ("display", m.DisplayName),
        ("abilities", JsonColumn.Write(m.Abilities)),
        ("ml", JsonColumn.Write(m.MlAbilities)),
        ("payment", JsonColumn.Write(m.PaymentConfiguration)),
        ("status", m.Status),
        ("membership", m.MembershipId),
        ("created", m.CreateTime.ToUnixTimeMilliseconds()),
        ("updated", m.UpdateTime.ToUnixTimeMilliseconds()));

    /// <summary>The collaboration, deleted or not.</summary>
    public static Task<CollaborationRecord?> FindAsync(DbSession db, string id) => db.QuerySingleAsync(
        $"SELECT {CollaborationRecord.Columns} FROM collaborations c WHERE c.id = @id",
        CollaborationRecord.Read,
        ("id", id));

    public static Task<MemberRecord?> FindMemberAsync(DbSession db, string collaborationId, string accountId) => db.QuerySingleAsync(
        $"SELECT {MemberRecord.Columns} FROM members m WHERE m.collaboration_id = @collaboration AND m.account_id = @account",
        MemberRecord.Read,
        ("collaboration", collaborationId),
        ("account", accountId));

    public static Task<List<MemberRecord>> MembersAsync(DbSession db, string collaborationId, PageRequest page) => db.QueryAsync(
        $"SELECT {MemberRecord.Columns} FROM members m WHERE m.collaboration_id = @collaboration ORDER BY m.ordinal LIMIT @limit OFFSET @offset",
        MemberRecord.Read,
        ("collaboration", collaborationId),
        ("limit", page.FetchCount),
        ("offset", page.Offset));

    /// <summary>Collaborations (not deleted) in which the account has a member entry, optionally with that entry's status.</summary>
    public static Task<List<CollaborationRecord>> ListForAccountAsync(DbSession db, string accountId, string? memberStatus, PageRequest page) => db.QueryAsync(
        $"SELECT {CollaborationRecord.Columns} FROM collaborations c JOIN members m ON m.collaboration_id = c.id " +
        "WHERE m.account_id = @account AND c.deleted_time IS NULL AND (@status IS NULL OR m.status = @status) " +
        "ORDER BY c.create_time, c.id LIMIT @limit OFFSET @offset",
        CollaborationRecord.Read,
        ("account", accountId),
        ("status", memberStatus),
        ("limit", page.FetchCount),
        ("offset", page.Offset));

    public static Task<long> CountCreatedAsync(DbSession db, string accountId) => db.CountAsync(
        "SELECT COUNT(*) FROM collaborations WHERE creator_account_id = @account AND deleted_time IS NULL",
        ("account", accountId));

    public static Task UpdateAsync(DbSession db, CollaborationRecord c) => db.ExecuteAsync(
        "UPDATE collaborations SET name = @name, description = @description, analytics_engine = @engine, update_time = @updated WHERE id = @id",
        ("id", c.Id),
        ("name", c.Name),
        ("description", c.Description),
        ("engine", c.AnalyticsEngine),
        ("updated", c.UpdateTime.ToUnixTimeMilliseconds()));

    /// <summary>Deletes the collaboration for everyone: it disappears, and every membership becomes COLLABORATION_DELETED.</summary>
    public static async Task MarkDeletedAsync(DbSession db, string id, DateTimeOffset now)
    {
        var time = now.ToUnixTimeMilliseconds();
        await db.ExecuteAsync("UPDATE collaborations SET deleted_time = @time, update_time = @time WHERE id = @id", ("id", id), ("time", time));
        await db.ExecuteAsync(
            "UPDATE memberships SET status = 'COLLABORATION_DELETED', update_time = @time WHERE collaboration_id = @id",
            ("id", id),
            ("time", time));
    }

    public static Task SetMemberStatusAsync(DbSession db, string collaborationId, string accountId, string status, string? membershipId, DateTimeOffset now) =>
        db.ExecuteAsync(
            "UPDATE members SET status = @status, membership_id = @membership, update_time = @time WHERE collaboration_id = @collaboration AND account_id = @account",
            ("collaboration", collaborationId),
            ("account", accountId),
            ("status", status),
            ("membership", membershipId),
            ("time", now.ToUnixTimeMilliseconds()));
}
