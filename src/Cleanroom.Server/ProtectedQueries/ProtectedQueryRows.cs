using Cleanroom.Server.Store;
using Cleanroom.Server.Wire;

namespace Cleanroom.Server.ProtectedQueries;

/// <summary>Data access for protected queries. Status changes are conditional on the current status, so concurrent finishers cannot both win.</summary>
internal static class ProtectedQueryRows
{
    public static Task InsertAsync(DbSession db, ProtectedQueryRecord q) => db.ExecuteAsync(
        "INSERT INTO protected_queries (id, membership_id, collaboration_id, account_id, status, sql_parameters, result_configuration, " +
        "compute_configuration, receivers, delivery, log_audience, create_time) " +
        "VALUES (@id, @membership, @collaboration, @account, @status, @sql, @result, @compute, @receivers, @delivery, @audience, @created)",
        ("id", q.Id),
        ("membership", q.MembershipId),
        ("collaboration", q.CollaborationId),
        ("account", q.AccountId),
        ("status", q.Status),
        ("sql", JsonColumn.Write(q.SqlParameters)),
        ("result", JsonColumn.Write(q.ResultConfiguration)),
        ("compute", JsonColumn.Write(q.ComputeConfiguration)),
        ("receivers", JsonColumn.Write(q.Receivers)),
        ("delivery", JsonColumn.Write(q.Delivery)),
        ("audience", JsonColumn.Write(q.LogAudience)),
        ("created", q.CreateTime.ToUnixTimeMilliseconds()));

    public static Task<ProtectedQueryRecord?> FindAsync(DbSession db, string id) => db.QuerySingleAsync(
        $"SELECT {ProtectedQueryRecord.Columns} FROM protected_queries q WHERE q.id = @id",
        ProtectedQueryRecord.Read,
        ("id", id));

    /// <summary>Newest first.</summary>
    public static Task<List<ProtectedQueryRecord>> ListForMembershipAsync(DbSession db, string membershipId, string? status, PageRequest page) => db.QueryAsync(
        $"SELECT {ProtectedQueryRecord.Columns} FROM protected_queries q WHERE q.membership_id = @membership AND (@status IS NULL OR q.status = @status) " +
        "ORDER BY q.create_time DESC, q.id DESC LIMIT @limit OFFSET @offset",
        ProtectedQueryRecord.Read,
        ("membership", membershipId),
        ("status", status),
        ("limit", page.FetchCount),
        ("offset", page.Offset));

    public static Task<List<ProtectedQueryRecord>> OngoingAsync(DbSession db) => db.QueryAsync(
        $"SELECT {ProtectedQueryRecord.Columns} FROM protected_queries q WHERE q.status IN ({ProtectedQueryStatus.OngoingList}) ORDER BY q.create_time",
        ProtectedQueryRecord.Read);

    public static Task<long> CountOngoingAsync(DbSession db, string membershipId) => db.CountAsync(
        $"SELECT COUNT(*) FROM protected_queries WHERE membership_id = @membership AND status IN ({ProtectedQueryStatus.OngoingList})",
        ("membership", membershipId));

    /// <summary>SUBMITTED → STARTED; false when the query is no longer waiting (a cancel came first).</summary>
    public static async Task<bool> StartAsync(DbSession db, string id, DateTimeOffset at) =>
        await db.ExecuteAsync(
            "UPDATE protected_queries SET status = 'STARTED', start_time = @time WHERE id = @id AND status = 'SUBMITTED'",
            ("id", id),
            ("time", at.ToUnixTimeMilliseconds())) == 1;

    /// <summary>SUBMITTED or STARTED → CANCELLING; false when the query is not in one of those states.</summary>
    public static async Task<bool> RequestCancelAsync(DbSession db, string id) =>
        await db.ExecuteAsync(
            "UPDATE protected_queries SET status = 'CANCELLING' WHERE id = @id AND status IN ('SUBMITTED', 'STARTED')",
            ("id", id)) == 1;

    /// <summary>Ends an ongoing query; false when it had already ended.</summary>
    public static async Task<bool> FinishAsync(DbSession db, string id, QueryOutcome outcome, double? billedUnits, DateTimeOffset at) =>
        await db.ExecuteAsync(
            "UPDATE protected_queries SET status = @status, result_output = @output, error_code = @code, error_message = @message, " +
            $"billed_units = @units, end_time = @time WHERE id = @id AND status IN ({ProtectedQueryStatus.OngoingList})",
            ("id", id),
            ("status", outcome.Status),
            ("output", JsonColumn.Write(outcome.Output)),
            ("code", outcome.Error?.Code),
            ("message", outcome.Error?.Message),
            ("units", billedUnits),
            ("time", at.ToUnixTimeMilliseconds())) == 1;
}
