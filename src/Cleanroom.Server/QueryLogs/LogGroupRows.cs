using System.Data.Common;
using Cleanroom.Server.Store;

namespace Cleanroom.Server.QueryLogs;

internal static class LogGroupRows
{
    private const string Select =
        "SELECT g.group_id, g.account_id, g.name, g.create_time, (SELECT COALESCE(SUM(s.stored_bytes), 0) FROM log_streams s WHERE s.group_id = g.group_id) AS stored_bytes FROM log_groups g";

    public static Task<LogGroupRecord?> FindAsync(DbSession session, string accountId, string name) =>
        session.QuerySingleAsync($"{Select} WHERE g.account_id = @account AND g.name = @name", Map, ("account", accountId), ("name", name));

    /// <summary>The account's groups by name after <paramref name="after"/>: a name prefix, or a case-sensitive substring.</summary>
    public static Task<List<LogGroupRecord>> ListAsync(DbSession session, string accountId, string prefix, string? pattern, string after, int limit) =>
        session.QueryAsync(
            $"{Select} WHERE g.account_id = @account AND g.name > @after AND substr(g.name, 1, length(@prefix)) = @prefix"
                + (pattern is null ? string.Empty : " AND instr(g.name, @pattern) > 0")
                + " ORDER BY g.name LIMIT @limit",
            Map,
            ("account", accountId),
            ("after", after),
            ("prefix", prefix),
            ("pattern", pattern),
            ("limit", limit));

    public static async Task<LogGroupRecord> CreateAsync(DbSession session, string accountId, string name, DateTimeOffset time)
    {
        var id = await session.CountAsync("SELECT COALESCE(MAX(group_id), 0) + 1 FROM log_groups");
        await session.ExecuteAsync(
            "INSERT INTO log_groups (group_id, account_id, name, create_time) VALUES (@id, @account, @name, @time)",
            ("id", id),
            ("account", accountId),
            ("name", name),
            ("time", time.ToUnixTimeMilliseconds()));
        return new LogGroupRecord(id, accountId, name, time, 0);
    }

    /// <summary>Deletes the group with its streams and events.</summary>
    public static async Task DeleteAsync(DbSession session, long groupId)
    {
        await session.ExecuteAsync("DELETE FROM log_events WHERE group_id = @id", ("id", groupId));
        await session.ExecuteAsync("DELETE FROM log_streams WHERE group_id = @id", ("id", groupId));
        await session.ExecuteAsync("DELETE FROM log_groups WHERE group_id = @id", ("id", groupId));
    }

    public static async Task<bool> IsDeletedAsync(DbSession session, string accountId, string name) =>
        await session.CountAsync("SELECT COUNT(*) FROM log_group_deletions WHERE account_id = @account AND name = @name", ("account", accountId), ("name", name)) > 0;

    public static async Task MarkDeletedAsync(DbSession session, string accountId, string name, DateTimeOffset time)
    {
        await ClearDeletedAsync(session, accountId, name);
        await session.ExecuteAsync(
            "INSERT INTO log_group_deletions (account_id, name, delete_time) VALUES (@account, @name, @time)",
            ("account", accountId),
            ("name", name),
            ("time", time.ToUnixTimeMilliseconds()));
    }

    public static Task ClearDeletedAsync(DbSession session, string accountId, string name) =>
        session.ExecuteAsync("DELETE FROM log_group_deletions WHERE account_id = @account AND name = @name", ("account", accountId), ("name", name));

    private static LogGroupRecord Map(DbDataReader reader) =>
        new(reader.Int64("group_id"), reader.Text("account_id"), reader.Text("name"), reader.Time("create_time"), reader.Int64("stored_bytes"));
}
