using System.Collections.Concurrent;

namespace Cleanroom.C3r;

/// <summary>
/// Table batches through per-thread workers, results consumed in input order. Batches and workers are pooled, so the
/// steady state allocates nothing per batch.
/// </summary>
internal static class BatchPipeline
{
    public static void Run<TWorker>(
        TableReader reader,
        Func<TWorker> createWorker,
        Action<TWorker, RowBatch, TransformedBatch> transform,
        Action<TransformedBatch> consume,
        int? parallelism,
        CancellationToken cancellation)
        where TWorker : IDisposable
    {
        var workers = new ConcurrentBag<TWorker>();
        var inputs = new ConcurrentBag<RowBatch>();
        var outputs = new ConcurrentBag<TransformedBatch>();
        try
        {
            OrderedPipeline.Run(
                () =>
                {
                    var batch = inputs.TryTake(out var reused) ? reused : new RowBatch(reader.Columns.Count, TableReader.BatchRows);
                    return reader.Read(batch) ? batch : null;
                },
                batch =>
                {
                    var worker = workers.TryTake(out var w) ? w : createWorker();
                    var output = outputs.TryTake(out var o) ? o : new TransformedBatch();
                    try
                    {
                        transform(worker, batch, output);
                        output.InputFraction = batch.InputFraction;
                        return output;
                    }
                    finally
                    {
                        workers.Add(worker);
                        inputs.Add(batch);
                    }
                },
                output =>
                {
                    consume(output);
                    outputs.Add(output);
                },
                parallelism ?? Environment.ProcessorCount,
                cancellation);
        }
        finally
        {
            foreach (var worker in workers)
            {
                worker.Dispose();
            }
        }
    }
}
