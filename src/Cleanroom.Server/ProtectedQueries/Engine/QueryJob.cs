namespace Cleanroom.Server.ProtectedQueries.Engine;

/// <summary>
/// A query in the engine: queued, then running, then done. Exactly one party moves it out of the queue — a worker
/// (<see cref="TryStart"/>) or a cancel (<see cref="TryWithdraw"/>) — so a withdrawn job never runs.
/// </summary>
internal sealed class QueryJob(QueryPlan plan) : IDisposable
{
    private const int Queued = 0;
    private const int Running = 1;
    private const int Withdrawn = 2;

    private readonly CancellationTokenSource cancellation = new();
    private int state;
    private int reason;

    public QueryPlan Plan => plan;

    public string Id => plan.QueryId;

    public CancellationToken Token => cancellation.Token;

    /// <summary>Why the token fired; a token fired without a reason was the time limit.</summary>
    public CancelReason Reason
    {
        get
        {
            var given = (CancelReason)Volatile.Read(ref reason);
            return given == CancelReason.None ? CancelReason.TimeLimit : given;
        }
    }

    public bool TryStart() => Interlocked.CompareExchange(ref state, Running, Queued) == Queued;

    public bool TryWithdraw() => Interlocked.CompareExchange(ref state, Withdrawn, Queued) == Queued;

    public void Interrupt(CancelReason why)
    {
        Interlocked.CompareExchange(ref reason, (int)why, (int)CancelReason.None);
        try
        {
            cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The job ended meanwhile: there is nothing left to interrupt.
        }
    }

    public void LimitTo(TimeSpan limit) => cancellation.CancelAfter(limit);

    public void Dispose() => cancellation.Dispose();
}
