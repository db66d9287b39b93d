using Cleanroom.Server.Store;

namespace Cleanroom.Server.ConfiguredTables;

/// <summary>Data access for configured-table analysis rules (one per table).</summary>
internal static class AnalysisRuleRows
{
    public static Task InsertAsync(DbSession db, AnalysisRuleRecord r) => db.ExecuteAsync(
        "INSERT INTO configured_table_analysis_rules (configured_table_id, type, policy, create_time, update_time) " +
        "VALUES (@table, @type, @policy, @created, @updated)",
        ("table", r.ConfiguredTableId),
        ("type", r.Type),
        ("policy", JsonColumn.Write(r.Policy)),
        ("created", r.CreateTime.ToUnixTimeMilliseconds()),
        ("updated", r.UpdateTime.ToUnixTimeMilliseconds()));

    public static Task UpdateAsync(DbSession db, AnalysisRuleRecord r) => db.ExecuteAsync(
        "UPDATE configured_table_analysis_rules SET policy = @policy, update_time = @updated WHERE configured_table_id = @table",
        ("table", r.ConfiguredTableId),
        ("policy", JsonColumn.Write(r.Policy)),
        ("updated", r.UpdateTime.ToUnixTimeMilliseconds()));

    public static Task<AnalysisRuleRecord?> FindAsync(DbSession db, string configuredTableId) => db.QuerySingleAsync(
        $"SELECT {AnalysisRuleRecord.Columns} FROM configured_table_analysis_rules r WHERE r.configured_table_id = @table",
        AnalysisRuleRecord.Read,
        ("table", configuredTableId));

    public static Task DeleteAsync(DbSession db, string configuredTableId) => db.ExecuteAsync(
        "DELETE FROM configured_table_analysis_rules WHERE configured_table_id = @table",
        ("table", configuredTableId));
}
