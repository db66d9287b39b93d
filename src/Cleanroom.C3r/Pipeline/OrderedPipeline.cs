using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Cleanroom.C3r;

/// <summary>
/// Reader → parallel transforms → in-order consumer, on dedicated threads. At most a fixed number of batches are
/// between reading and consuming, so memory stays flat whatever the input size; results reach the consumer in input
/// order. Threads block rather than spin while waiting, which leaves the cores to the transforms.
/// </summary>
internal static class OrderedPipeline
{
    /// <param name="read">Returns the next batch, or null at the end; runs on its own thread.</param>
    /// <param name="transform">Runs on <paramref name="parallelism"/> worker threads.</param>
    /// <param name="consume">Runs on the calling thread, in input order.</param>
    public static void Run<TIn, TOut>(
        Func<TIn?> read, Func<TIn, TOut> transform, Action<TOut> consume, int parallelism, CancellationToken cancellation)
        where TIn : class
    {
        parallelism = Math.Max(1, parallelism);
        var inFlight = parallelism * 2;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        using var slots = new SemaphoreSlim(inFlight, inFlight);
        using var input = new BlockingCollection<(long Sequence, TIn Batch)>(inFlight);
        var gate = new object();
        var results = new Dictionary<long, (TOut? Value, Exception? Error)>();
        var total = -1L;
        Exception? readFailure = null;

        var threads = new List<Thread>
        {
            Start("c3r-reader", () =>
            {
                var sequence = 0L;
                try
                {
                    while (true)
                    {
                        slots.Wait(stop.Token);
                        if (read() is not TIn batch)
                        {
                            break;
                        }

                        input.Add((sequence++, batch), stop.Token);
                    }
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                }
                catch (Exception e)
                {
                    readFailure = e;
                }
                finally
                {
                    input.CompleteAdding();
                    lock (gate)
                    {
                        total = sequence;
                        Monitor.PulseAll(gate);
                    }
                }
            }),
        };
        for (var i = 0; i < parallelism; i++)
        {
            threads.Add(Start($"c3r-worker-{i}", () =>
            {
                try
                {
                    foreach (var (sequence, batch) in input.GetConsumingEnumerable(stop.Token))
                    {
                        (TOut?, Exception?) result;
                        try
                        {
                            result = (transform(batch), null);
                        }
                        catch (Exception e)
                        {
                            result = (default, e);
                        }

                        lock (gate)
                        {
                            results[sequence] = result;
                            Monitor.PulseAll(gate);
                        }
                    }
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                }
            }));
        }

        try
        {
            for (var next = 0L; ; next++)
            {
                (TOut? Value, Exception? Error) result;
                lock (gate)
                {
                    while (!results.Remove(next, out result))
                    {
                        if (total >= 0 && next >= total)
                        {
                            goto finished;
                        }

                        stop.Token.ThrowIfCancellationRequested();
                        Monitor.Wait(gate, 200);
                    }
                }

                if (result.Error is not null)
                {
                    ExceptionDispatchInfo.Capture(result.Error).Throw();
                }

                consume(result.Value!);
                slots.Release();
            }

        finished:
            if (readFailure is not null)
            {
                ExceptionDispatchInfo.Capture(readFailure).Throw();
            }
        }
        finally
        {
            // Stop everyone and wait, so no thread still touches pooled buffers after we return.
            stop.Cancel();
            foreach (var thread in threads)
            {
                thread.Join();
            }
        }

        cancellation.ThrowIfCancellationRequested();
    }

    private static Thread Start(string name, Action body)
    {
        var thread = new Thread(() => body()) { IsBackground = true, Name = name };
        thread.Start();
        return thread;
    }
}
