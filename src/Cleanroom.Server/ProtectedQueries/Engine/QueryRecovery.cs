using Cleanroom.Server.S3;
using Cleanroom.Server.S3.Storage;
using Cleanroom.Server.Store;
using Cleanroom.Server.Wire;

namespace Cleanroom.Server.ProtectedQueries.Engine;

/// <summary>
/// Startup, before the server listens: a query the previous process left SUBMITTED or STARTED ends FAILED ("the
/// server stopped while the query was running"), one left CANCELLING ends CANCELLED, with TERMINATION records.
/// Whatever part of its result was already published is deleted, and the engine's work folders are removed, so no
/// partial result stays visible.
/// </summary>
internal static class QueryRecovery
{
    public static async Task RunAsync(MetadataStore store, QueryCompletion completion, ObjectStore objects, ObjectCatalog catalog, QueryExecution execution)
    {
        if (Directory.Exists(execution.WorkRoot))
        {
            Directory.Delete(execution.WorkRoot, recursive: true);
        }

        foreach (var query in await store.ReadAsync(ProtectedQueryRows.OngoingAsync))
        {
            if (query.StartTime is not null)
            {
                await RemovePublishedAsync(query.Delivery, objects, catalog);
            }

            var outcome = query.Status == ProtectedQueryStatus.Cancelling ? QueryOutcome.Cancelled : QueryOutcome.Failed(QueryFailure.ServerStopped);
            // Not billed: the run was cut short by the server, not by the query.
            await completion.FinishAsync(query.Id, outcome, null);
        }
    }

    private static async Task RemovePublishedAsync(ResultDelivery delivery, ObjectStore objects, ObjectCatalog catalog)
    {
        try
        {
            var published = await objects.ResolveAsync(delivery.AccountId, $"s3://{delivery.Bucket}/{delivery.Folder}");
            await catalog.DeleteAsync(delivery.AccountId, delivery.Bucket, [.. published.Select(item => item.Key)], CancellationToken.None);
        }
        catch (ApiException)
        {
            // The receiver's bucket is gone: nothing of the result is visible anywhere.
        }
    }
}
