using Cleanroom.Server.Store;
using Cleanroom.Server.Wire;

namespace Cleanroom.Server.ConfiguredTables;

/// <summary>Data access for configured tables.</summary>
internal static class ConfiguredTableRows
{
    public static Task InsertAsync(DbSession db, ConfiguredTableRecord t) => db.ExecuteAsync(
        "INSERT INTO configured_tables (id, account_id, name, description, table_reference, glue_database, glue_table, allowed_columns, " +
        "analysis_method, selected_analysis_methods, create_time, update_time) " +
        "VALUES (@id, @account, @name, @description, @reference, @database, @table, @columns, @method, @selected, @created, @updated)",
        Parameters(t));

    public static Task UpdateAsync(DbSession db, ConfiguredTableRecord t) => db.ExecuteAsync(
        "UPDATE configured_tables SET name = @name, description = @description, table_reference = @reference, glue_database = @database, " +
        "glue_table = @table, allowed_columns = @columns, analysis_method = @method, selected_analysis_methods = @selected, update_time = @updated " +
        "WHERE id = @id AND account_id = @account",
        Parameters(t));

    public static Task<ConfiguredTableRecord?> FindAsync(DbSession db, string id) => db.QuerySingleAsync(
        $"SELECT {ConfiguredTableRecord.Columns} FROM {ConfiguredTableRecord.From} WHERE ct.id = @id",
        ConfiguredTableRecord.Read,
        ("id", id));

    public static Task<List<ConfiguredTableRecord>> ListForAccountAsync(DbSession db, string accountId, PageRequest page) => db.QueryAsync(
        $"SELECT {ConfiguredTableRecord.Columns} FROM {ConfiguredTableRecord.From} WHERE ct.account_id = @account " +
        "ORDER BY ct.create_time, ct.id LIMIT @limit OFFSET @offset",
        ConfiguredTableRecord.Read,
        ("account", accountId),
        ("limit", page.FetchCount),
        ("offset", page.Offset));

    public static Task<long> CountForAccountAsync(DbSession db, string accountId) => db.CountAsync(
        "SELECT COUNT(*) FROM configured_tables WHERE account_id = @account",
        ("account", accountId));

    /// <summary>The account's configured tables that read a Glue table (or any table of a database when <paramref name="table"/> is null).</summary>
    public static Task<List<ConfiguredTableRecord>> ReadingGlueAsync(DbSession db, string accountId, string database, string? table) => db.QueryAsync(
        $"SELECT {ConfiguredTableRecord.Columns} FROM {ConfiguredTableRecord.From} " +
        "WHERE ct.account_id = @account AND ct.glue_database = @database AND (@table IS NULL OR ct.glue_table = @table) ORDER BY ct.create_time, ct.id",
        ConfiguredTableRecord.Read,
        ("account", accountId),
        ("database", database),
        ("table", table));

    /// <summary>Deletes the table with its analysis rule.</summary>
    public static async Task DeleteAsync(DbSession db, string id)
    {
        await db.ExecuteAsync("DELETE FROM configured_table_analysis_rules WHERE configured_table_id = @id", ("id", id));
        await db.ExecuteAsync("DELETE FROM configured_tables WHERE id = @id", ("id", id));
    }

    private static (string, object?)[] Parameters(ConfiguredTableRecord t) =>
    [
        ("id", t.Id),
        ("account", t.AccountId),
        ("name", t.Name),
        ("description", t.Description),
        ("reference", JsonColumn.Write(t.TableReference)),
        ("database", t.GlueDatabase),
        ("table", t.GlueTable),
        ("columns", JsonColumn.Write(t.AllowedColumns)),
        ("method", t.AnalysisMethod),
        ("selected", JsonColumn.Write(t.SelectedAnalysisMethods)),
        ("created", t.CreateTime.ToUnixTimeMilliseconds()),
        ("updated", t.UpdateTime.ToUnixTimeMilliseconds()),
    ];
}
