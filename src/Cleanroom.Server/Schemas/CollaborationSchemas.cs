using Cleanroom.Server.Associations;
using Cleanroom.Server.Collaborations;
using Cleanroom.Server.ConfiguredTables;
using Cleanroom.Server.Glue;
using Cleanroom.Server.Store;

namespace Cleanroom.Server.Schemas;

/// <summary>
/// Computes a collaboration's schemas on the fly: one per association of an ACTIVE membership (a removed member's
/// tables drop out). Callers have already authorized the caller as an active member of the collaboration.
/// </summary>
internal static class CollaborationSchemas
{
    /// <summary>Every schema, ordered by name; or the one named <paramref name="name"/> (case-insensitive), if any.</summary>
    public static async Task<IReadOnlyList<CollaborationSchema>> LoadAsync(DbSession db, CollaborationRecord collaboration, string region, string? name = null)
    {
        var associations = await AssociationRows.VisibleInCollaborationAsync(db, collaboration.Id, name);
        if (associations.Count == 0)
        {
            return [];
        }

        var members = await CollaborationMembers.AllAsync(db, collaboration.Id);
        var schemas = new List<CollaborationSchema>();
        foreach (var association in associations)
        {
            var table = (await ConfiguredTableRows.FindAsync(db, association.ConfiguredTableId))!;

            // The catalog refuses to drop a table or column a configured table uses, so the Glue table is there.
            var glue = (await GlueRows.FindTableAsync(db, table.AccountId, table.GlueDatabase, table.GlueTable))!;
            var rule = await AnalysisRuleRows.FindAsync(db, table.Id);
            var collaborationRule = await AssociationRuleRows.FindAsync(db, association.Id);
            var details = await SchemaReadiness.EvaluateAsync(db, collaboration, rule, collaborationRule, members, region);
            schemas.Add(new CollaborationSchema(collaboration, association, table, glue.ToSource(), rule, collaborationRule, details));
        }

        return schemas;
    }

    public static async Task<CollaborationSchema?> FindAsync(DbSession db, CollaborationRecord collaboration, string region, string name) =>
        (await LoadAsync(db, collaboration, region, name)).FirstOrDefault();
}
