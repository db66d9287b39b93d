using Cleanroom.Server.Collaborations.Wire;
using Cleanroom.Server.Memberships;
using Cleanroom.Server.Store;
using Cleanroom.Server.Wire;
using Cleanroom.Server.Wire.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cleanroom.Server.Collaborations;

/// <summary>ListMembers and DeleteMember (the creator removes a member; the entry stays, as REMOVED).</summary>
internal static class MemberEndpoints
{
    public static void Map(OperationTable operations)
    {
        var group = operations.Group("Members");
        group.Map("ListMembers", ListAsync);
        group.Map("DeleteMember", DeleteAsync);
    }

    private static Task<Ok<ListMembersOutput>> ListAsync(
        ApiCall call,
        string collaborationIdentifier,
        [FromQuery] int? maxResults,
        [FromQuery] string? nextToken,
        MetadataStore store,
        PageTokens tokens,
        ServerOptions options) =>
        store.ReadAsync(async db =>
        {
            // Invited members see who else is invited before joining; members who left or were removed see nothing.
            await CollaborationAccess.LoadAsMemberAsync(db, call, collaborationIdentifier, MemberStatus.Invited, MemberStatus.Active);
            var request = tokens.Start($"{call.Operation.Name}/{call.AccountId}/{collaborationIdentifier}", maxResults, nextToken);
            var page = tokens.Complete(request, await CollaborationRows.MembersAsync(db, collaborationIdentifier, request));
            return TypedResults.Ok(new ListMembersOutput(page.Items.Select(member => member.ToSummary(options.Region)).ToArray(), page.NextToken));
        });

    private static Task<NoContent> DeleteAsync(ApiCall call, string collaborationIdentifier, string accountId, MetadataStore store, ServerOptions options) =>
        store.WriteAsync(async db =>
        {
            var view = await CollaborationAccess.LoadAsCreatorAsync(db, call, collaborationIdentifier);
            if (accountId == call.AccountId)
            {
                throw ApiException.Conflict("The creator cannot remove itself; delete the collaboration instead.", "INVALID_STATE", collaborationIdentifier, CollaborationAccess.ResourceType);
            }

            var member = await CollaborationRows.FindMemberAsync(db, view.Collaboration.Id, accountId)
                ?? throw ApiException.NotFound("The account is not a member of the collaboration.", accountId, CollaborationAccess.ResourceType);
            if (member.Status is MemberStatus.Removed or MemberStatus.Left)
            {
                throw ApiException.Conflict($"The member is already {member.Status}.", "INVALID_STATE", accountId, CollaborationAccess.ResourceType);
            }

            var now = options.Clock.GetUtcNow();
            await CollaborationRows.SetMemberStatusAsync(db, view.Collaboration.Id, accountId, MemberStatus.Removed, member.MembershipId, now);
            if (member.MembershipId is not null)
            {
                await MembershipRows.SetStatusAsync(db, member.MembershipId, MembershipStatus.Removed, now);
            }

            return TypedResults.NoContent();
        });
}
