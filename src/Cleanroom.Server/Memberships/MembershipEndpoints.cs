using Cleanroom.Server.Collaborations;
using Cleanroom.Server.Memberships.Wire;
using Cleanroom.Server.QueryLogs;
using Cleanroom.Server.Quotas;
using Cleanroom.Server.Store;
using Cleanroom.Server.Tags;
using Cleanroom.Server.Wire;
using Cleanroom.Server.Wire.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cleanroom.Server.Memberships;

/// <summary>
/// CreateMembership (an invited account joins), GetMembership, ListMemberships, UpdateMembership and
/// DeleteMembership (the member leaves; its entry becomes LEFT and it cannot rejoin).
/// </summary>
internal static class MembershipEndpoints
{
    private const string Enabled = "ENABLED";

    public static void Map(OperationTable operations)
    {
        var group = operations.Group("Memberships");
        group.Map("CreateMembership", CreateAsync);
        group.Map("GetMembership", GetAsync);
        group.Map("ListMemberships", ListAsync);
        group.Map("UpdateMembership", UpdateAsync);
        group.Map("DeleteMembership", DeleteAsync);
    }

    /// <summary>Joining with query logging on lets query logs recreate a log group this account deleted earlier (spec 7.2).</summary>
    private static async Task<Ok<MembershipOutput>> CreateAsync(ApiCall call, MetadataStore store, ServerOptions options, QueryLogWriter logWriter)
    {
        var created = await store.WriteAsync(async db =>
        {
            var input = call.Input<CreateMembershipInput>();
            var collaboration = await CollaborationRows.FindAsync(db, input.CollaborationIdentifier);
            var member = collaboration is null ? null : await CollaborationRows.FindMemberAsync(db, collaboration.Id, call.AccountId);
            if (collaboration is null || member is null)
            {
                throw call.Hidden(CollaborationAccess.ResourceType, input.CollaborationIdentifier);
            }

            if (collaboration.Deleted)
            {
                throw ApiException.Conflict("The collaboration has been deleted.", "INVALID_STATE", collaboration.Id, CollaborationAccess.ResourceType);
            }

            switch (member.Status)
            {
                case MemberStatus.Active:
                    throw ApiException.Conflict("This account is already a member of the collaboration.", "ALREADY_EXISTS", member.MembershipId, MembershipAccess.ResourceType);
                case MemberStatus.Left or MemberStatus.Removed:
                    throw ApiException.Conflict($"This account has {member.Status.ToLowerInvariant()} the collaboration and cannot join again.", "INVALID_STATE", collaboration.Id, CollaborationAccess.ResourceType);
            }

            Quota.Check(Quota.MembershipsPerAccount, await MembershipRows.CountActiveAsync(db, call.AccountId) + 1, options.Quotas.MembershipsPerAccount);
            MembershipRules.CheckLogging(collaboration, input.QueryLogStatus, input.JobLogStatus);
            MembershipRules.CheckResultConfigurations(member, input.DefaultResultConfiguration, input.DefaultJobResultConfiguration);
            MembershipRules.CheckMetrics(collaboration, member, input.IsMetricsEnabled);
            PaymentResponsibility.Acknowledge(member, input.PaymentConfiguration);

            var now = options.Clock.GetUtcNow();
            var membership = new MembershipRecord(
                Guid.NewGuid().ToString(),
                collaboration.Id,
                call.AccountId,
                MembershipStatus.Active,
                input.QueryLogStatus,
                input.JobLogStatus,
                input.DefaultResultConfiguration,
                input.DefaultJobResultConfiguration,
                input.IsMetricsEnabled,
                now,
                now);
            await MembershipRows.InsertAsync(db, membership);
            await CollaborationRows.SetMemberStatusAsync(db, collaboration.Id, call.AccountId, MemberStatus.Active, membership.Id, now);
            await TagRows.AddAsync(db, membership.ArnIn(options.Region), input.Tags);
            return TypedResults.Ok(new MembershipOutput(ToWire(membership, collaboration, member, options.Region)));
        });
        if (created.Value!.Membership.QueryLogStatus == Enabled)
        {
            await logWriter.ResumeAsync(call.AccountId, created.Value.Membership.CollaborationId);
        }

        return created;
    }

    private static Task<Ok<MembershipOutput>> GetAsync(ApiCall call, string membershipIdentifier, MetadataStore store, ServerOptions options) =>
        store.ReadAsync(async db =>
        {
            var membership = await MembershipAccess.LoadOwnedAsync(db, call, membershipIdentifier);
            return TypedResults.Ok(new MembershipOutput(await ToWireAsync(db, membership, options.Region)));
        });

    private static Task<Ok<ListMembershipsOutput>> ListAsync(
        ApiCall call,
        [FromQuery] int? maxResults,
        [FromQuery] string? nextToken,
        [FromQuery] string? status,
        MetadataStore store,
        PageTokens tokens,
        ServerOptions options) =>
        store.ReadAsync(async db =>
        {
            var request = tokens.Start($"{call.Operation.Name}/{call.AccountId}/{status}", maxResults, nextToken);
            var page = tokens.Complete(request, await MembershipRows.ListForAccountAsync(db, call.AccountId, status, request));
            var summaries = new List<MembershipSummary>();
            foreach (var membership in page.Items)
            {
                summaries.Add((await ToWireAsync(db, membership, options.Region)).ToSummary());
            }

            return TypedResults.Ok(new ListMembershipsOutput(summaries, page.NextToken));
        });

    /// <summary>Switching query logging from off to on resumes logs into a log group the member deleted (spec 7.2).</summary>
    private static async Task<Ok<MembershipOutput>> UpdateAsync(ApiCall call, string membershipIdentifier, MetadataStore store, ServerOptions options, QueryLogWriter logWriter)
    {
        var (updated, resume) = await store.WriteAsync(async db =>
        {
            var membership = await MembershipAccess.LoadActiveOwnedAsync(db, call, membershipIdentifier);
            var collaboration = (await CollaborationRows.FindAsync(db, membership.CollaborationId))!;
            var member = (await CollaborationRows.FindMemberAsync(db, membership.CollaborationId, call.AccountId))!;
            var input = call.Input<UpdateMembershipInput>();
            MembershipRules.CheckLogging(collaboration, input.QueryLogStatus, input.JobLogStatus);
            MembershipRules.CheckResultConfigurations(member, input.DefaultResultConfiguration, input.DefaultJobResultConfiguration);
            var updated = membership with
            {
                QueryLogStatus = input.QueryLogStatus ?? membership.QueryLogStatus,
                JobLogStatus = input.JobLogStatus ?? membership.JobLogStatus,
                DefaultResultConfiguration = input.DefaultResultConfiguration ?? membership.DefaultResultConfiguration,
                DefaultJobResultConfiguration = input.DefaultJobResultConfiguration ?? membership.DefaultJobResultConfiguration,
                UpdateTime = options.Clock.GetUtcNow(),
            };
            await MembershipRows.UpdateAsync(db, updated);
            var switchedOn = membership.QueryLogStatus != Enabled && updated.QueryLogStatus == Enabled;
            return (TypedResults.Ok(new MembershipOutput(ToWire(updated, collaboration, member, options.Region))), switchedOn);
        });
        if (resume)
        {
            await logWriter.ResumeAsync(call.AccountId, updated.Value!.Membership.CollaborationId);
        }

        return updated;
    }

    private static Task<NoContent> DeleteAsync(ApiCall call, string membershipIdentifier, MetadataStore store, ServerOptions options) =>
        store.WriteAsync(async db =>
        {
            var membership = await MembershipAccess.LoadOwnedAsync(db, call, membershipIdentifier);
            var collaboration = (await CollaborationRows.FindAsync(db, membership.CollaborationId))!;
            if (membership.Status == MembershipStatus.Active && collaboration.CreatorAccountId == call.AccountId)
            {
                throw ApiException.Conflict("The collaboration creator cannot leave; delete the collaboration instead.", "INVALID_STATE", membership.Id, MembershipAccess.ResourceType);
            }

            if (await MembershipSubresources.AnyAsync(db, membership.Id))
            {
                throw ApiException.Conflict("Delete the resources in this membership before leaving.", "SUBRESOURCES_EXIST", membership.Id, MembershipAccess.ResourceType);
            }

            var now = options.Clock.GetUtcNow();
            if (membership.Status == MembershipStatus.Active)
            {
                await CollaborationRows.SetMemberStatusAsync(db, membership.CollaborationId, call.AccountId, MemberStatus.Left, null, now);
            }

            await MembershipRows.DeleteAsync(db, membership.Id);
            await TagRows.DeleteAllAsync(db, membership.ArnIn(options.Region));
            return TypedResults.NoContent();
        });

    private static async Task<Membership> ToWireAsync(DbSession db, MembershipRecord membership, string region)
    {
        var collaboration = (await CollaborationRows.FindAsync(db, membership.CollaborationId))!;
        var member = (await CollaborationRows.FindMemberAsync(db, membership.CollaborationId, membership.AccountId))!;
        return ToWire(membership, collaboration, member, region);
    }

    private static Membership ToWire(MembershipRecord membership, CollaborationRecord collaboration, MemberRecord member, string region) => new(
        membership.Id,
        membership.ArnIn(region),
        collaboration.ArnIn(region),
        collaboration.Id,
        collaboration.CreatorAccountId,
        collaboration.CreatorDisplayName,
        collaboration.Name,
        membership.CreateTime,
        membership.UpdateTime,
        membership.Status,
        member.Abilities,
        member.MlAbilities,
        membership.QueryLogStatus,
        membership.JobLogStatus,
        membership.DefaultResultConfiguration,
        membership.DefaultJobResultConfiguration,
        member.PaymentConfiguration,
        membership.IsMetricsEnabled);
}
