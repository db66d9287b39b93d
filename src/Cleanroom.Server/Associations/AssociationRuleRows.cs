using Cleanroom.Server.Store;

namespace Cleanroom.Server.Associations;

/// <summary>Data access for collaboration analysis rules (at most one per association).</summary>
internal static class AssociationRuleRows
{
    public static Task InsertAsync(DbSession db, AssociationRuleRecord r) => db.ExecuteAsync(
        "INSERT INTO configured_table_association_analysis_rules (association_id, type, policy, create_time, update_time) " +
        "VALUES (@association, @type, @policy, @created, @updated)",
        ("association", r.AssociationId),
        ("type", r.Type),
        ("policy", JsonColumn.Write(r.Policy)),
        ("created", r.CreateTime.ToUnixTimeMilliseconds()),
        ("updated", r.UpdateTime.ToUnixTimeMilliseconds()));

    public static Task UpdateAsync(DbSession db, AssociationRuleRecord r) => db.ExecuteAsync(
        "UPDATE configured_table_association_analysis_rules SET policy = @policy, update_time = @updated WHERE association_id = @association AND type = @type",
        ("association", r.AssociationId),
        ("type", r.Type),
        ("policy", JsonColumn.Write(r.Policy)),
        ("updated", r.UpdateTime.ToUnixTimeMilliseconds()));

    public static Task<AssociationRuleRecord?> FindAsync(DbSession db, string associationId) => db.QuerySingleAsync(
        $"SELECT {AssociationRuleRecord.Columns} FROM configured_table_association_analysis_rules ar WHERE ar.association_id = @association",
        AssociationRuleRecord.Read,
        ("association", associationId));

    public static Task DeleteAsync(DbSession db, string associationId) => db.ExecuteAsync(
        "DELETE FROM configured_table_association_analysis_rules WHERE association_id = @association",
        ("association", associationId));
}
