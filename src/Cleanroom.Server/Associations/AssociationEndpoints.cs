using Cleanroom.Server.Associations.Wire;
using Cleanroom.Server.ConfiguredTables;
using Cleanroom.Server.Memberships;
using Cleanroom.Server.Quotas;
using Cleanroom.Server.Store;
using Cleanroom.Server.Tags;
using Cleanroom.Server.Wire;
using Cleanroom.Server.Wire.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cleanroom.Server.Associations;

/// <summary>
/// Create/Get/List/Update/DeleteConfiguredTableAssociation: a member offers one of its own configured tables to
/// the collaboration under a name unique in the collaboration. <c>roleArn</c> is checked and stored, but there is
/// no IAM here: access is by ownership (the owner's catalog and objects are read on its behalf).
/// </summary>
internal static class AssociationEndpoints
{
    public static void Map(OperationTable operations)
    {
        var group = operations.Group("ConfiguredTableAssociations");
        group.Map("CreateConfiguredTableAssociation", CreateAsync);
        group.Map("GetConfiguredTableAssociation", GetAsync);
        group.Map("ListConfiguredTableAssociations", ListAsync);
        group.Map("UpdateConfiguredTableAssociation", UpdateAsync);
        group.Map("DeleteConfiguredTableAssociation", DeleteAsync);
    }

    private static Task<Ok<ConfiguredTableAssociationOutput>> CreateAsync(ApiCall call, string membershipIdentifier, MetadataStore store, ServerOptions options) =>
        store.WriteAsync(async db =>
        {
            var membership = await MembershipAccess.LoadActiveOwnedAsync(db, call, membershipIdentifier);
            var input = call.Input<CreateConfiguredTableAssociationInput>();
            var table = await ConfiguredTableRows.FindAsync(db, input.ConfiguredTableIdentifier);
            if (table is null || table.AccountId != call.AccountId)
            {
                throw ApiException.NotFound(
                    "The configured table does not exist or you do not have access to it.",
                    input.ConfiguredTableIdentifier,
                    ConfiguredTableAccess.ResourceType);
            }

            Quota.Check(Quota.AssociationsPerMembership, await AssociationRows.CountForMembershipAsync(db, membership.Id) + 1, options.Quotas.AssociationsPerMembership);
            if ((await AssociationRows.VisibleInCollaborationAsync(db, membership.CollaborationId, input.Name)).Count > 0)
            {
                throw ApiException.Conflict(
                    "The collaboration already has a table with this name (names are case-insensitive).",
                    "ALREADY_EXISTS",
                    input.Name,
                    AssociationAccess.ResourceType);
            }

            var now = options.Clock.GetUtcNow();
            var association = new AssociationRecord(
                Guid.NewGuid().ToString(),
                membership.Id,
                membership.CollaborationId,
                call.AccountId,
                table.Id,
                input.Name,
                input.Description,
                input.RoleArn,
                now,
                now,
                RuleType: null);
            await AssociationRows.InsertAsync(db, association);
            await TagRows.AddAsync(db, association.ArnIn(options.Region), input.Tags);
            return TypedResults.Ok(new ConfiguredTableAssociationOutput(association.ToWire(options.Region)));
        });

    private static Task<Ok<ConfiguredTableAssociationOutput>> GetAsync(
        ApiCall call,
        string membershipIdentifier,
        string configuredTableAssociationIdentifier,
        MetadataStore store,
        ServerOptions options) =>
        store.ReadAsync(async db =>
        {
            var (_, association) = await AssociationAccess.LoadOwnedAsync(db, call, membershipIdentifier, configuredTableAssociationIdentifier, toChange: false);
            return TypedResults.Ok(new ConfiguredTableAssociationOutput(association.ToWire(options.Region)));
        });

    private static Task<Ok<ListConfiguredTableAssociationsOutput>> ListAsync(
        ApiCall call,
        string membershipIdentifier,
        [FromQuery] int? maxResults,
        [FromQuery] string? nextToken,
        MetadataStore store,
        PageTokens tokens,
        ServerOptions options) =>
        store.ReadAsync(async db =>
        {
            var membership = await MembershipAccess.LoadOwnedAsync(db, call, membershipIdentifier);
            var request = tokens.Start($"{call.Operation.Name}/{call.AccountId}/{membership.Id}", maxResults, nextToken);
            var page = tokens.Complete(request, await AssociationRows.ListForMembershipAsync(db, membership.Id, request));
            return TypedResults.Ok(new ListConfiguredTableAssociationsOutput([.. page.Items.Select(a => a.ToSummary(options.Region))], page.NextToken));
        });

    private static Task<Ok<ConfiguredTableAssociationOutput>> UpdateAsync(
        ApiCall call,
        string membershipIdentifier,
        string configuredTableAssociationIdentifier,
        MetadataStore store,
        ServerOptions options) =>
        store.WriteAsync(async db =>
        {
            var (_, association) = await AssociationAccess.LoadOwnedAsync(db, call, membershipIdentifier, configuredTableAssociationIdentifier, toChange: true);
            var input = call.Input<UpdateConfiguredTableAssociationInput>();
            var updated = association with
            {
                Description = input.Description ?? association.Description,
                RoleArn = input.RoleArn ?? association.RoleArn,
                UpdateTime = options.Clock.GetUtcNow(),
            };
            await AssociationRows.UpdateAsync(db, updated);
            return TypedResults.Ok(new ConfiguredTableAssociationOutput(updated.ToWire(options.Region)));
        });

    /// <summary>Deletes the association with its collaboration analysis rule: the schema disappears from the collaboration.</summary>
    private static Task<NoContent> DeleteAsync(
        ApiCall call,
        string membershipIdentifier,
        string configuredTableAssociationIdentifier,
        MetadataStore store,
        ServerOptions options) =>
        store.WriteAsync(async db =>
        {
            var (_, association) = await AssociationAccess.LoadOwnedAsync(db, call, membershipIdentifier, configuredTableAssociationIdentifier, toChange: false);
            await AssociationRows.DeleteAsync(db, association.Id);
            await TagRows.DeleteAllAsync(db, association.ArnIn(options.Region));
            return TypedResults.NoContent();
        });
}
