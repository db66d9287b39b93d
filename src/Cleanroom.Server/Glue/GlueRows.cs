using Cleanroom.Server.Store;
using Cleanroom.Server.Wire;

namespace Cleanroom.Server.Glue;

/// <summary>Data access for each account's Glue databases and tables.</summary>
internal static class GlueRows
{
    public static Task InsertDatabaseAsync(DbSession db, GlueDatabaseRecord d) => db.ExecuteAsync(
        "INSERT INTO glue_databases (account_id, name, input, create_time) VALUES (@account, @name, @input, @created)",
        ("account", d.AccountId),
        ("name", d.Name),
        ("input", d.Input.ToJsonString()),
        ("created", d.CreateTime.ToUnixTimeMilliseconds()));

    public static Task<GlueDatabaseRecord?> FindDatabaseAsync(DbSession db, string accountId, string name) => db.QuerySingleAsync(
        $"SELECT {GlueDatabaseRecord.Columns} FROM glue_databases d WHERE d.account_id = @account AND d.name = @name",
        GlueDatabaseRecord.Read,
        ("account", accountId),
        ("name", name));

    public static Task<List<GlueDatabaseRecord>> ListDatabasesAsync(DbSession db, string accountId, PageRequest page) => db.QueryAsync(
        $"SELECT {GlueDatabaseRecord.Columns} FROM glue_databases d WHERE d.account_id = @account ORDER BY d.name LIMIT @limit OFFSET @offset",
        GlueDatabaseRecord.Read,
        ("account", accountId),
        ("limit", page.FetchCount),
        ("offset", page.Offset));

    public static async Task DeleteDatabaseAsync(DbSession db, string accountId, string name)
    {
        await db.ExecuteAsync("DELETE FROM glue_tables WHERE account_id = @account AND database_name = @name", ("account", accountId), ("name", name));
        await db.ExecuteAsync("DELETE FROM glue_databases WHERE account_id = @account AND name = @name", ("account", accountId), ("name", name));
    }

    public static Task InsertTableAsync(DbSession db, GlueTableRecord t) => db.ExecuteAsync(
        "INSERT INTO glue_tables (account_id, database_name, name, input, version, create_time, update_time) " +
        "VALUES (@account, @database, @name, @input, @version, @created, @updated)",
        ("account", t.AccountId),
        ("database", t.DatabaseName),
        ("name", t.Name),
        ("input", t.Input.ToJsonString()),
        ("version", t.Version),
        ("created", t.CreateTime.ToUnixTimeMilliseconds()),
        ("updated", t.UpdateTime.ToUnixTimeMilliseconds()));

    public static Task UpdateTableAsync(DbSession db, GlueTableRecord t) => db.ExecuteAsync(
        "UPDATE glue_tables SET input = @input, version = @version, update_time = @updated " +
        "WHERE account_id = @account AND database_name = @database AND name = @name",
        ("account", t.AccountId),
        ("database", t.DatabaseName),
        ("name", t.Name),
        ("input", t.Input.ToJsonString()),
        ("version", t.Version),
        ("updated", t.UpdateTime.ToUnixTimeMilliseconds()));

    public static Task<GlueTableRecord?> FindTableAsync(DbSession db, string accountId, string databaseName, string name) => db.QuerySingleAsync(
        $"SELECT {GlueTableRecord.Columns} FROM glue_tables t WHERE t.account_id = @account AND t.database_name = @database AND t.name = @name",
        GlueTableRecord.Read,
        ("account", accountId),
        ("database", databaseName),
        ("name", name));

    public static Task<List<GlueTableRecord>> TablesAsync(DbSession db, string accountId, string databaseName) => db.QueryAsync(
        $"SELECT {GlueTableRecord.Columns} FROM glue_tables t WHERE t.account_id = @account AND t.database_name = @database ORDER BY t.name",
        GlueTableRecord.Read,
        ("account", accountId),
        ("database", databaseName));

    public static Task DeleteTableAsync(DbSession db, string accountId, string databaseName, string name) => db.ExecuteAsync(
        "DELETE FROM glue_tables WHERE account_id = @account AND database_name = @database AND name = @name",
        ("account", accountId),
        ("database", databaseName),
        ("name", name));
}
