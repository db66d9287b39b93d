using Cleanroom.Server.Collaborations.Wire;
using Cleanroom.Server.Quotas;
using Cleanroom.Server.Store;
using Cleanroom.Server.Tags;
using Cleanroom.Server.Wire;
using Cleanroom.Server.Wire.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cleanroom.Server.Collaborations;

/// <summary>CreateCollaboration, GetCollaboration, ListCollaborations, UpdateCollaboration, DeleteCollaboration.</summary>
internal static class CollaborationEndpoints
{
    public static void Map(OperationTable operations)
    {
        var group = operations.Group("Collaborations");
        group.Map("CreateCollaboration", CreateAsync);
        group.Map("GetCollaboration", GetAsync);
        group.Map("ListCollaborations", ListAsync);
        group.Map("UpdateCollaboration", UpdateAsync);
        group.Map("DeleteCollaboration", DeleteAsync);
    }

    private static Task<Ok<CollaborationOutput>> CreateAsync(ApiCall call, MetadataStore store, ServerOptions options)
    {
        var input = call.Input<CreateCollaborationInput>();
        var now = options.Clock.GetUtcNow();
        var id = Guid.NewGuid().ToString();
        var members = CollaborationRules.PlanMembers(input, call.AccountId, id, now, options.Quotas);
        var collaboration = new CollaborationRecord(
            id,
            call.AccountId,
            input.Name,
            input.Description,
            input.CreatorDisplayName,
            input.QueryLogStatus,
            input.JobLogStatus,
            input.AnalyticsEngine,
            input.DataEncryptionMetadata,
            input.AutoApprovedChangeRequestTypes,
            input.AllowedResultRegions,
            input.IsMetricsEnabled,
            now,
            now,
            Deleted: false);
        return store.WriteAsync(async db =>
        {
            Quota.Check(Quota.CollaborationsPerAccount, await CollaborationRows.CountCreatedAsync(db, call.AccountId) + 1, options.Quotas.CollaborationsPerAccount);
            await CollaborationRows.InsertAsync(db, collaboration);
            foreach (var member in members)
            {
                await CollaborationRows.InsertMemberAsync(db, member);
            }

            await TagRows.AddAsync(db, collaboration.ArnIn(options.Region), input.Tags);
            return TypedResults.Ok(new CollaborationOutput(collaboration.ToWire(members[0], options.Region)));
        });
    }

    private static Task<Ok<CollaborationOutput>> GetAsync(ApiCall call, string collaborationIdentifier, MetadataStore store, ServerOptions options) =>
        store.ReadAsync(async db =>
        {
            var view = await CollaborationAccess.LoadAsMemberAsync(db, call, collaborationIdentifier);
            return TypedResults.Ok(new CollaborationOutput(view.Collaboration.ToWire(view.Member, options.Region)));
        });

    private static Task<Ok<ListCollaborationsOutput>> ListAsync(
        ApiCall call,
        [FromQuery] int? maxResults,
        [FromQuery] string? nextToken,
        [FromQuery] string? memberStatus,
        MetadataStore store,
        PageTokens tokens,
        ServerOptions options) =>
        store.ReadAsync(async db =>
        {
            var request = tokens.Start($"{call.Operation.Name}/{call.AccountId}/{memberStatus}", maxResults, nextToken);
            var page = tokens.Complete(request, await CollaborationRows.ListForAccountAsync(db, call.AccountId, memberStatus, request));
            var summaries = new List<CollaborationSummary>();
            foreach (var collaboration in page.Items)
            {
                var member = await CollaborationRows.FindMemberAsync(db, collaboration.Id, call.AccountId);
                summaries.Add(collaboration.ToSummary(member!, options.Region));
            }

            return TypedResults.Ok(new ListCollaborationsOutput(summaries, page.NextToken));
        });

    private static Task<Ok<CollaborationOutput>> UpdateAsync(ApiCall call, string collaborationIdentifier, MetadataStore store, ServerOptions options) =>
        store.WriteAsync(async db =>
        {
            var view = await CollaborationAccess.LoadAsCreatorAsync(db, call, collaborationIdentifier);
            var input = call.Input<UpdateCollaborationInput>();
            var updated = view.Collaboration with
            {
                Name = input.Name ?? view.Collaboration.Name,
                Description = input.Description ?? view.Collaboration.Description,
                AnalyticsEngine = input.AnalyticsEngine ?? view.Collaboration.AnalyticsEngine,
                UpdateTime = options.Clock.GetUtcNow(),
            };
            await CollaborationRows.UpdateAsync(db, updated);
            return TypedResults.Ok(new CollaborationOutput(updated.ToWire(view.Member, options.Region)));
        });

    private static Task<NoContent> DeleteAsync(ApiCall call, string collaborationIdentifier, MetadataStore store, ServerOptions options) =>
        store.WriteAsync(async db =>
        {
            var view = await CollaborationAccess.LoadAsCreatorAsync(db, call, collaborationIdentifier);
            await CollaborationRows.MarkDeletedAsync(db, view.Collaboration.Id, options.Clock.GetUtcNow());
            await TagRows.DeleteAllAsync(db, view.Collaboration.ArnIn(options.Region));
            return TypedResults.NoContent();
        });
}
