using Cleanroom.Server.Store;
using Cleanroom.Server.Wire;

namespace Cleanroom.Server.AnalysisTemplates;

/// <summary>Data access for analysis templates.</summary>
internal static class AnalysisTemplateRows
{
    public static Task InsertAsync(DbSession db, AnalysisTemplateRecord t) => db.ExecuteAsync(
        "INSERT INTO analysis_templates (id, membership_id, collaboration_id, account_id, name, name_key, description, format, source, source_sha256, " +
        "analysis_parameters, template_schema, error_message_configuration, create_time, update_time) " +
        "VALUES (@id, @membership, @collaboration, @account, @name, @key, @description, @format, @source, @sha, @parameters, @schema, @errors, @created, @updated)",
        ("id", t.Id),
        ("membership", t.MembershipId),
        ("collaboration", t.CollaborationId),
        ("account", t.AccountId),
        ("name", t.Name),
        ("key", t.Name.ToLowerInvariant()),
        ("description", t.Description),
        ("format", t.Format),
        ("source", JsonColumn.Write(t.Source)),
        ("sha", t.SourceSha256),
        ("parameters", JsonColumn.Write(t.AnalysisParameters)),
        ("schema", JsonColumn.Write(t.Schema)),
        ("errors", JsonColumn.Write(t.ErrorMessageConfiguration)),
        ("created", t.CreateTime.ToUnixTimeMilliseconds()),
        ("updated", t.UpdateTime.ToUnixTimeMilliseconds()));

    public static Task UpdateDescriptionAsync(DbSession db, AnalysisTemplateRecord t) => db.ExecuteAsync(
        "UPDATE analysis_templates SET description = @description, update_time = @updated WHERE id = @id",
        ("id", t.Id),
        ("description", t.Description),
        ("updated", t.UpdateTime.ToUnixTimeMilliseconds()));

    public static Task<AnalysisTemplateRecord?> FindAsync(DbSession db, string id) => db.QuerySingleAsync(
        $"SELECT {AnalysisTemplateRecord.Columns} FROM analysis_templates t WHERE t.id = @id",
        AnalysisTemplateRecord.Read,
        ("id", id));

    public static Task<List<AnalysisTemplateRecord>> ListForMembershipAsync(DbSession db, string membershipId, PageRequest page) => db.QueryAsync(
        $"SELECT {AnalysisTemplateRecord.Columns} FROM analysis_templates t WHERE t.membership_id = @membership " +
        "ORDER BY t.create_time, t.id LIMIT @limit OFFSET @offset",
        AnalysisTemplateRecord.Read,
        ("membership", membershipId),
        ("limit", page.FetchCount),
        ("offset", page.Offset));

    /// <summary>The templates the collaboration sees: those of ACTIVE memberships (a removed member's drop out).</summary>
    public static Task<List<AnalysisTemplateRecord>> VisibleInCollaborationAsync(DbSession db, string collaborationId, PageRequest page) => db.QueryAsync(
        $"SELECT {AnalysisTemplateRecord.Columns} FROM analysis_templates t JOIN memberships ms ON ms.id = t.membership_id " +
        "WHERE t.collaboration_id = @collaboration AND ms.status = 'ACTIVE' ORDER BY t.create_time, t.id LIMIT @limit OFFSET @offset",
        AnalysisTemplateRecord.Read,
        ("collaboration", collaborationId),
        ("limit", page.FetchCount),
        ("offset", page.Offset));

    /// <summary>The template with this id if the collaboration sees it (its membership is ACTIVE and in the collaboration).</summary>
    public static Task<AnalysisTemplateRecord?> FindVisibleAsync(DbSession db, string collaborationId, string id) => db.QuerySingleAsync(
        $"SELECT {AnalysisTemplateRecord.Columns} FROM analysis_templates t JOIN memberships ms ON ms.id = t.membership_id " +
        "WHERE t.id = @id AND t.collaboration_id = @collaboration AND ms.status = 'ACTIVE'",
        AnalysisTemplateRecord.Read,
        ("id", id),
        ("collaboration", collaborationId));

    public static Task<long> CountForMembershipAsync(DbSession db, string membershipId) => db.CountAsync(
        "SELECT COUNT(*) FROM analysis_templates WHERE membership_id = @membership",
        ("membership", membershipId));

    public static Task<long> CountNamedAsync(DbSession db, string membershipId, string name) => db.CountAsync(
        "SELECT COUNT(*) FROM analysis_templates WHERE membership_id = @membership AND name_key = @key",
        ("membership", membershipId),
        ("key", name.ToLowerInvariant()));

    public static Task DeleteAsync(DbSession db, string id) => db.ExecuteAsync("DELETE FROM analysis_templates WHERE id = @id", ("id", id));
}
