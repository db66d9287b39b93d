using Cleanroom.Server.Memberships;
using Cleanroom.Server.ProtectedQueries.Engine;
using Cleanroom.Server.ProtectedQueries.Submission;
using Cleanroom.Server.ProtectedQueries.Wire;
using Cleanroom.Server.Store;
using Cleanroom.Server.Wire;
using Cleanroom.Server.Wire.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cleanroom.Server.ProtectedQueries;

/// <summary>
/// Start/Get/List/UpdateProtectedQuery. Only the account that owns the membership sees its queries; anyone else
/// gets the error a random id gets. Results are never returned by the API: they are in the receiver's bucket.
/// </summary>
internal static class ProtectedQueryEndpoints
{
    public static void Map(OperationTable operations)
    {
        var group = operations.Group("ProtectedQueries");
        group.Map("StartProtectedQuery", StartAsync);
        group.Map("GetProtectedQuery", GetAsync);
        group.Map("ListProtectedQueries", ListAsync);
        group.Map("UpdateProtectedQuery", UpdateAsync);
    }

    private static async Task<Ok<ProtectedQueryResponse>> StartAsync(ApiCall call, string membershipIdentifier, QuerySubmission submission, ServerOptions options) =>
        TypedResults.Ok(new ProtectedQueryResponse((await submission.StartAsync(call, membershipIdentifier)).ToWire(options.Region)));

    private static Task<Ok<ProtectedQueryResponse>> GetAsync(
        ApiCall call,
        string membershipIdentifier,
        string protectedQueryIdentifier,
        MetadataStore store,
        ServerOptions options) =>
        store.ReadAsync(async db =>
            TypedResults.Ok(new ProtectedQueryResponse((await LoadOwnedAsync(db, call, membershipIdentifier, protectedQueryIdentifier)).ToWire(options.Region))));

    private static Task<Ok<ListProtectedQueriesOutput>> ListAsync(
        ApiCall call,
        string membershipIdentifier,
        [FromQuery] string? status,
        [FromQuery] int? maxResults,
        [FromQuery] string? nextToken,
        MetadataStore store,
        PageTokens tokens,
        ServerOptions options) =>
        store.ReadAsync(async db =>
        {
            var membership = await MembershipAccess.LoadOwnedAsync(db, call, membershipIdentifier);
            var request = tokens.Start($"{call.Operation.Name}/{call.AccountId}/{membership.Id}/{status}", maxResults, nextToken);
            var page = tokens.Complete(request, await ProtectedQueryRows.ListForMembershipAsync(db, membership.Id, status, request));
            return TypedResults.Ok(new ListProtectedQueriesOutput(page.NextToken, [.. page.Items.Select(query => query.ToSummary(options.Region))]));
        });

    /// <summary>
    /// Cancels: SUBMITTED or STARTED → CANCELLING, then the engine withdraws or interrupts the query (CANCELLED within
    /// milliseconds). Cancelling again while CANCELLING is a no-op; an ended query is a ConflictException.
    /// </summary>
    private static async Task<Ok<ProtectedQueryResponse>> UpdateAsync(
        ApiCall call,
        string membershipIdentifier,
        string protectedQueryIdentifier,
        MetadataStore store,
        QueryEngine engine,
        ServerOptions options)
    {
        var requested = await store.WriteAsync(async db =>
        {
            var query = await LoadOwnedAsync(db, call, membershipIdentifier, protectedQueryIdentifier);
            if (!ProtectedQueryStatus.IsOngoing(query.Status))
            {
                throw ApiException.Conflict($"The protected query has already ended ({query.Status}).", "INVALID_STATE", query.Id, MembershipAccess.ResourceType);
            }

            return await ProtectedQueryRows.RequestCancelAsync(db, query.Id);
        });
        if (requested)
        {
            await engine.CancelAsync(protectedQueryIdentifier);
        }

        return await store.ReadAsync(async db =>
            TypedResults.Ok(new ProtectedQueryResponse((await ProtectedQueryRows.FindAsync(db, protectedQueryIdentifier))!.ToWire(options.Region))));
    }

    private static async Task<ProtectedQueryRecord> LoadOwnedAsync(DbSession db, ApiCall call, string membershipId, string queryId)
    {
        var membership = await MembershipAccess.LoadOwnedAsync(db, call, membershipId);
        var query = await ProtectedQueryRows.FindAsync(db, queryId);
        return query is not null && query.MembershipId == membership.Id
            ? query
            : throw ApiException.NotFound("The protected query does not exist or you do not have access to it.", queryId, MembershipAccess.ResourceType);
    }
}
