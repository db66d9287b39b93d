using Cleanroom.Server.Store;
using Cleanroom.Server.Wire;

namespace Cleanroom.Server.Memberships;

/// <summary>Data access for memberships.</summary>
internal static class MembershipRows
{
    public static Task InsertAsync(DbSession db, MembershipRecord m) => db.ExecuteAsync(
        "INSERT INTO memberships (id, collaboration_id, account_id, status, query_log_status, job_log_status, default_result_configuration, " +
        "default_job_result_configuration, is_metrics_enabled, create_time, update_time) " +
        "VALUES (@id, @collaboration, @account, @status, @qls, @jls, @result, @job, @metrics, @created, @updated)",
        ("id", m.Id),
        ("collaboration", m.CollaborationId),
        ("account", m.AccountId),
        ("status", m.Status),
        ("qls", m.QueryLogStatus),
        ("jls", m.JobLogStatus),
        ("result", JsonColumn.Write(m.DefaultResultConfiguration)),
        ("job", JsonColumn.Write(m.DefaultJobResultConfiguration)),
        ("metrics", m.IsMetricsEnabled is null ? null : m.IsMetricsEnabled.Value ? 1 : 0),
        ("created", m.CreateTime.ToUnixTimeMilliseconds()),
        ("updated", m.UpdateTime.ToUnixTimeMilliseconds()));

    public static Task<MembershipRecord?> FindAsync(DbSession db, string id) => db.QuerySingleAsync(
        $"SELECT {MembershipRecord.Columns} FROM memberships ms WHERE ms.id = @id",
        MembershipRecord.Read,
        ("id", id));

    public static Task<List<MembershipRecord>> ListForAccountAsync(DbSession db, string accountId, string? status, PageRequest page) => db.QueryAsync(
        $"SELECT {MembershipRecord.Columns} FROM memberships ms WHERE ms.account_id = @account AND (@status IS NULL OR ms.status = @status) " +
        "ORDER BY ms.create_time, ms.id LIMIT @limit OFFSET @offset",
        MembershipRecord.Read,
        ("account", accountId),
        ("status", status),
        ("limit", page.FetchCount),
        ("offset", page.Offset));

    public static Task<long> CountActiveAsync(DbSession db, string accountId) => db.CountAsync(
        "SELECT COUNT(*) FROM memberships WHERE account_id = @account AND status = 'ACTIVE'",
        ("account", accountId));

    public static Task UpdateAsync(DbSession db, MembershipRecord m) => db.ExecuteAsync(
        "UPDATE memberships SET query_log_status = @qls, job_log_status = @jls, default_result_configuration = @result, " +
        "default_job_result_configuration = @job, update_time = @updated WHERE id = @id",
        ("id", m.Id),
        ("qls", m.QueryLogStatus),
        ("jls", m.JobLogStatus),
        ("result", JsonColumn.Write(m.DefaultResultConfiguration)),
        ("job", JsonColumn.Write(m.DefaultJobResultConfiguration)),
        ("updated", m.UpdateTime.ToUnixTimeMilliseconds()));

    public static Task SetStatusAsync(DbSession db, string id, string status, DateTimeOffset now) => db.ExecuteAsync(
        "UPDATE memberships SET status = @status, update_time = @time WHERE id = @id",
        ("id", id),
        ("status", status),
        ("time", now.ToUnixTimeMilliseconds()));

    public static Task DeleteAsync(DbSession db, string id) => db.ExecuteAsync("DELETE FROM memberships WHERE id = @id", ("id", id));
}
