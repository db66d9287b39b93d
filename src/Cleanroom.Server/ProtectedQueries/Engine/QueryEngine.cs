using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Cleanroom.Server.ProtectedQueries.Engine;

/// <summary>
/// Runs accepted queries in the background, at most <see cref="QueryEngineOptions.MaxConcurrentQueries"/> at once;
/// the rest wait in submission order. Workers wait on the queue (no polling). A cancel withdraws a waiting query at
/// once or interrupts a running one, whose worker then records CANCELLED; the time limit ends a query TIMED_OUT;
/// stopping the server ends every query FAILED, as a restart would.
/// </summary>
internal sealed class QueryEngine : IDisposable
{
    private readonly Channel<QueryJob> queue = Channel.CreateUnbounded<QueryJob>(new UnboundedChannelOptions { SingleWriter = false, SingleReader = false });
    private readonly ConcurrentDictionary<string, QueryJob> jobs = new(StringComparer.Ordinal);
    private readonly QueryExecution execution;
    private readonly QueryCompletion completion;
    private readonly ServerOptions options;
    private readonly ILogger<QueryEngine> logger;
    private readonly Task[] workers;

    public QueryEngine(QueryExecution execution, QueryCompletion completion, ServerOptions options, ILogger<QueryEngine> logger)
    {
        this.execution = execution;
        this.completion = completion;
        this.options = options;
        this.logger = logger;
        workers = [.. Enumerable.Range(0, Math.Max(1, options.Queries.MaxConcurrentQueries)).Select(_ => Task.Run(WorkAsync))];
    }

    public void Enqueue(QueryPlan plan)
    {
        var job = new QueryJob(plan);
        jobs[plan.QueryId] = job;
        if (!queue.Writer.TryWrite(job))
        {
            // The server is stopping: the query ends as if the server had stopped while it waited.
            _ = EndAsync(job, QueryOutcome.Failed(QueryFailure.ServerStopped), null);
        }
    }

    /// <summary>
    /// Asks the query to stop: a waiting query ends CANCELLED before this returns; a running one is interrupted
    /// and its worker records CANCELLED when the engine has let go (milliseconds).
    /// </summary>
    public async Task CancelAsync(string queryId)
    {
        if (!jobs.TryGetValue(queryId, out var job))
        {
            // Nothing runs it (it ended meanwhile): the conditional update is a no-op then.
            await completion.FinishAsync(queryId, QueryOutcome.Cancelled, null);
            return;
        }

        if (job.TryWithdraw())
        {
            await EndAsync(job, QueryOutcome.Cancelled, null);
            return;
        }

        job.Interrupt(CancelReason.User);
    }

    /// <summary>Stops taking work, interrupts every query and waits (bounded) for the workers to record how they ended.</summary>
    public void Stop()
    {
        queue.Writer.TryComplete();
        foreach (var job in jobs.Values)
        {
            if (job.TryWithdraw())
            {
                EndAsync(job, QueryOutcome.Failed(QueryFailure.ServerStopped), null).GetAwaiter().GetResult();
            }
            else
            {
                job.Interrupt(CancelReason.Stopping);
            }
        }

        Task.WaitAll(workers, TimeSpan.FromSeconds(30));
    }

    public void Dispose()
    {
        foreach (var job in jobs.Values)
        {
            job.Dispose();
        }
    }

    private async Task WorkAsync()
    {
        await foreach (var job in queue.Reader.ReadAllAsync())
        {
            if (!job.TryStart())
            {
                continue;
            }

            try
            {
                await RunAsync(job);
            }
            catch (Exception error)
            {
                // A failure outside the query itself (e.g. the metadata store): the query must still end.
                logger.LogError(error, "Protected query {QueryId} could not be run.", job.Id);
                await EndAsync(job, QueryOutcome.Failed(QueryFailure.Execution), null);
            }
        }
    }

    private async Task RunAsync(QueryJob job)
    {
        var startedAt = options.Clock.GetUtcNow();
        if (!await completion.StartAsync(job.Id, startedAt))
        {
            await EndAsync(job, QueryOutcome.Cancelled, null);
            return;
        }

        job.LimitTo(options.Queries.TimeLimit);
        QueryOutcome outcome;
        try
        {
            outcome = await execution.RunAsync(job.Plan, job.Token);
        }
        catch (OperationCanceledException) when (job.Token.IsCancellationRequested)
        {
            outcome = job.Reason switch
            {
                CancelReason.User => QueryOutcome.Cancelled,
                CancelReason.Stopping => QueryOutcome.Failed(QueryFailure.ServerStopped),
                _ => QueryOutcome.TimedOut(options.Queries.TimeLimit),
            };
        }

        await EndAsync(job, outcome, startedAt);
    }

    private async Task EndAsync(QueryJob job, QueryOutcome outcome, DateTimeOffset? startedAt)
    {
        try
        {
            await completion.FinishAsync(job.Id, outcome, startedAt);
        }
        finally
        {
            jobs.TryRemove(job.Id, out _);
            job.Dispose();
        }
    }
}
