using Cleanroom.Server.ProtectedQueries.Logging;
using Cleanroom.Server.Store;

namespace Cleanroom.Server.ProtectedQueries.Engine;

/// <summary>Records a query's state changes: STARTED, and its end with statistics and TERMINATION log records.</summary>
internal sealed class QueryCompletion(MetadataStore store, QueryLogRecords logs, ServerOptions options)
{
    /// <summary>SUBMITTED → STARTED; false when a cancel came first.</summary>
    public Task<bool> StartAsync(string queryId, DateTimeOffset at) =>
        store.WriteAsync(session => ProtectedQueryRows.StartAsync(session, queryId, at), CancellationToken.None);

    /// <summary>Ends an ongoing query (no-op if it has ended); compute is billed from <paramref name="startedAt"/> when it ran.</summary>
    public async Task FinishAsync(string queryId, QueryOutcome outcome, DateTimeOffset? startedAt)
    {
        var end = options.Clock.GetUtcNow();
        var billed = startedAt is { } start ? BilledUnits.Of(end - start, options.Queries.ThreadsPerQuery) : (double?)null;
        var ended = await store.WriteAsync(
            async session => await ProtectedQueryRows.FinishAsync(session, queryId, outcome, billed, end) ? await ProtectedQueryRows.FindAsync(session, queryId) : null,
            CancellationToken.None);
        if (ended is not null)
        {
            await logs.WriteAsync(ended.CollaborationId, ended.LogAudience, QueryLogRecords.Termination, end, outcome);
        }
    }
}
