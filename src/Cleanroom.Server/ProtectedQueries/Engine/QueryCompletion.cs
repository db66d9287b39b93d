using Cleanroom.Server.ProtectedQueries.Logging;
using Cleanroom.Server.Store;

namespace Cleanroom.Server.ProtectedQueries.Engine;

/// <summary>Records a query's state changes: STARTED, and its end with statistics and TERMINATION log records.</summary>
internal sealed class QueryCompletion(MetadataStore store, QueryLogRecords logs, ServerOptions options)
{
    /// <summary>SUBMITTED → STARTED; false when a cancel came first.</summary>
    public Task<bool> StartAsync(string queryId, DateTimeOffset at) =>
        store.WriteAsync(session => ProtectedQueryRows.StartAsync(session, queryId, at), CancellationToken.None);

    /// <summary>
    /// Ends an ongoing query (no-op if it has ended); compute is billed from <paramref name="startedAt"/> when it ran.
    /// The TERMINATION records are written before the final status, so a client that sees the status finds them.
    /// Only one caller ends a given query at a time (the engine's job for it, or recovery before the server
    /// listens), so checking first does not let two callers both write records.
    /// </summary>
    public async Task FinishAsync(string queryId, QueryOutcome outcome, DateTimeOffset? startedAt)
    {
        var end = options.Clock.GetUtcNow();
        var billed = startedAt is { } start ? BilledUnits.Of(end - start, options.Queries.ThreadsPerQuery) : (double?)null;
        var query = await store.ReadAsync(session => ProtectedQueryRows.FindAsync(session, queryId), CancellationToken.None);
        if (query is null || !ProtectedQueryStatus.IsOngoing(query.Status))
        {
            return;
        }

        try
        {
            await logs.WriteAsync(query.CollaborationId, query.LogAudience, QueryLogRecords.Termination, end, outcome);
        }
        finally
        {
            // A query must end even when its records could not be written.
            await store.WriteAsync(session => ProtectedQueryRows.FinishAsync(session, queryId, outcome, billed, end), CancellationToken.None);
        }
    }
}
