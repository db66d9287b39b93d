using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Cleanroom.C3r;

/// <summary>
/// Reader → parallel transforms → in-order consumer. A bounded queue of pending transforms keeps memory fixed
/// whatever the input size; results reach the consumer in input order.
/// </summary>
internal static class OrderedPipeline
{
    /// <param name="read">Returns the next batch, or null at the end; runs on its own thread.</param>
    /// <param name="transform">Runs on pool threads, several at once.</param>
    /// <param name="consume">Runs on the calling thread, in input order.</param>
    public static void Run<TIn, TOut>(
        Func<TIn?> read, Func<TIn, TOut> transform, Action<TOut> consume, int parallelism, CancellationToken cancellation)
        where TIn : class
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        using var pending = new BlockingCollection<Task<TOut>>(Math.Max(2, parallelism * 2));
        Exception? readFailure = null;
        var reader = new Thread(() =>
        {
            try
            {
                while (!stop.IsCancellationRequested && read() is TIn batch)
                {
                    pending.Add(Task.Run(() => transform(batch), stop.Token), stop.Token);
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
                pending.CompleteAdding();
            }
        })
        {
            IsBackground = true,
            Name = "c3r-reader",
        };
        reader.Start();
        try
        {
            foreach (var task in pending.GetConsumingEnumerable(stop.Token))
            {
                try
                {
                    consume(task.GetAwaiter().GetResult());
                }
                catch (TaskCanceledException) when (stop.IsCancellationRequested)
                {
                    break;
                }
            }
        }
        catch
        {
            stop.Cancel();
            Drain(pending);
            reader.Join();
            throw;
        }

        reader.Join();
        cancellation.ThrowIfCancellationRequested();
        if (readFailure is not null)
        {
            ExceptionDispatchInfo.Capture(readFailure).Throw();
        }
    }

    /// <summary>Lets in-flight transforms finish so no worker still uses pooled buffers after a failure.</summary>
    private static void Drain<TOut>(BlockingCollection<Task<TOut>> pending)
    {
        while (pending.TryTake(out var task, 50) || !pending.IsCompleted)
        {
            if (task is not null)
            {
                try
                {
                    task.Wait();
                }
                catch (AggregateException)
                {
                }
            }
        }
    }
}
