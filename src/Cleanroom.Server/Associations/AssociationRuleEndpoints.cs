using Cleanroom.Server.Associations.Wire;
using Cleanroom.Server.ConfiguredTables;
using Cleanroom.Server.Store;
using Cleanroom.Server.Wire;
using Cleanroom.Server.Wire.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cleanroom.Server.Associations;

/// <summary>
/// Create/Get/Update/DeleteConfiguredTableAssociationAnalysisRule: the collaboration analysis rule of an
/// association — who may receive results of queries on the table (and, stored only, additional analyses).
/// </summary>
internal static class AssociationRuleEndpoints
{
    public static void Map(OperationTable operations)
    {
        var group = operations.Group("ConfiguredTableAssociationAnalysisRules");
        group.Map("CreateConfiguredTableAssociationAnalysisRule", CreateAsync);
        group.Map("GetConfiguredTableAssociationAnalysisRule", GetAsync);
        group.Map("UpdateConfiguredTableAssociationAnalysisRule", UpdateAsync);
        group.Map("DeleteConfiguredTableAssociationAnalysisRule", DeleteAsync);
    }

    private static Task<Ok<AssociationAnalysisRuleOutput>> CreateAsync(
        ApiCall call,
        string membershipIdentifier,
        string configuredTableAssociationIdentifier,
        MetadataStore store,
        ServerOptions options) =>
        store.WriteAsync(async db =>
        {
            var (membership, association) = await AssociationAccess.LoadOwnedAsync(db, call, membershipIdentifier, configuredTableAssociationIdentifier, toChange: true);
            var input = call.Input<CreateAssociationAnalysisRuleInput>();
            var type = input.AnalysisRuleType!;
            if (association.RuleType is not null)
            {
                throw ApiException.Conflict(
                    $"The association already has a {association.RuleType} collaboration analysis rule.",
                    "ALREADY_EXISTS",
                    association.Id,
                    AssociationAccess.ResourceType);
            }

            var table = (await ConfiguredTableRows.FindAsync(db, association.ConfiguredTableId))!;
            AssociationRuleRules.Check(type, input.AnalysisRulePolicy, table, await CollaborationMembers.AllAsync(db, membership.CollaborationId));
            var now = options.Clock.GetUtcNow();
            var rule = new AssociationRuleRecord(association.Id, type, input.AnalysisRulePolicy, now, now);
            await AssociationRuleRows.InsertAsync(db, rule);
            return TypedResults.Ok(new AssociationAnalysisRuleOutput(rule.ToWire(association, options.Region)));
        });

    private static Task<Ok<AssociationAnalysisRuleOutput>> GetAsync(
        ApiCall call,
        string membershipIdentifier,
        string configuredTableAssociationIdentifier,
        string analysisRuleType,
        MetadataStore store,
        ServerOptions options) =>
        store.ReadAsync(async db =>
        {
            var (_, association, rule) = await LoadAsync(db, call, membershipIdentifier, configuredTableAssociationIdentifier, analysisRuleType, toChange: false);
            return TypedResults.Ok(new AssociationAnalysisRuleOutput(rule.ToWire(association, options.Region)));
        });

    private static Task<Ok<AssociationAnalysisRuleOutput>> UpdateAsync(
        ApiCall call,
        string membershipIdentifier,
        string configuredTableAssociationIdentifier,
        string analysisRuleType,
        MetadataStore store,
        ServerOptions options) =>
        store.WriteAsync(async db =>
        {
            var (membership, association, rule) = await LoadAsync(db, call, membershipIdentifier, configuredTableAssociationIdentifier, analysisRuleType, toChange: true);
            var input = call.Input<CreateAssociationAnalysisRuleInput>();
            var table = (await ConfiguredTableRows.FindAsync(db, association.ConfiguredTableId))!;
            AssociationRuleRules.Check(rule.Type, input.AnalysisRulePolicy, table, await CollaborationMembers.AllAsync(db, membership.CollaborationId));
            var updated = rule with { Policy = input.AnalysisRulePolicy, UpdateTime = options.Clock.GetUtcNow() };
            await AssociationRuleRows.UpdateAsync(db, updated);
            return TypedResults.Ok(new AssociationAnalysisRuleOutput(updated.ToWire(association, options.Region)));
        });

    private static Task<NoContent> DeleteAsync(
        ApiCall call,
        string membershipIdentifier,
        string configuredTableAssociationIdentifier,
        string analysisRuleType,
        MetadataStore store) =>
        store.WriteAsync(async db =>
        {
            var (_, association, _) = await LoadAsync(db, call, membershipIdentifier, configuredTableAssociationIdentifier, analysisRuleType, toChange: false);
            await AssociationRuleRows.DeleteAsync(db, association.Id);
            return TypedResults.NoContent();
        });

    private static async Task<(Memberships.MembershipRecord Membership, AssociationRecord Association, AssociationRuleRecord Rule)> LoadAsync(
        DbSession db,
        ApiCall call,
        string membershipId,
        string associationId,
        string type,
        bool toChange)
    {
        var (membership, association) = await AssociationAccess.LoadOwnedAsync(db, call, membershipId, associationId, toChange);
        var rule = await AssociationRuleRows.FindAsync(db, association.Id);
        return rule is not null && rule.Type == type
            ? (membership, association, rule)
            : throw ApiException.NotFound($"The association has no {type} collaboration analysis rule.", association.Id, AssociationAccess.ResourceType);
    }
}
