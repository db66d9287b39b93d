using Cleanroom.Server.ProtectedQueries.Wire;
using Cleanroom.Server.S3;
using Cleanroom.Server.S3.Storage;
using Cleanroom.Server.Store;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;

namespace Cleanroom.Server.ProtectedQueries.Engine;

/// <summary>
/// Runs one query: resolves each table's files in its owner's object store, builds a fresh DuckDB database with one
/// view per table, locks it down, and writes the result with a single COPY into the query's work folder under the
/// data directory's <c>tmp/queries/</c> (also DuckDB's spill folder). The files are then published into the
/// receiver's bucket, each atomically. Cancellation interrupts DuckDB; the work folder is always removed.
/// </summary>
internal sealed class QueryExecution(ObjectStore objects, ObjectCatalog catalog, DataDirectory directory, ServerOptions options, ILogger<QueryExecution> logger)
{
    public string WorkRoot => Path.Combine(directory.Temp, "queries");

    /// <summary>The outcome; throws <see cref="OperationCanceledException"/> when interrupted through <paramref name="cancellationToken"/>.</summary>
    public async Task<QueryOutcome> RunAsync(QueryPlan plan, CancellationToken cancellationToken)
    {
        var work = Path.Combine(WorkRoot, plan.QueryId);
        Directory.CreateDirectory(work);
        try
        {
            var tables = await TableFiles.ResolveAllAsync(objects, plan.Tables, cancellationToken);
            var output = Path.Combine(work, plan.Delivery.SingleFile ? "result." + plan.Delivery.Extension : "parts");
            await Task.Factory.StartNew(() => Execute(plan, tables, work, output, cancellationToken), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            return QueryOutcome.Succeeded(await PublishAsync(plan, output));
        }
        catch (QueryFailureException failure)
        {
            return QueryOutcome.Failed(failure.Failure);
        }
        catch (DuckDBException error) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Protected query {QueryId} failed in the engine ({ErrorType}).", plan.QueryId, error.ErrorType);
            return QueryOutcome.Failed(ExecutionFailures.Of(error));
        }
        catch (DuckDBException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private void Execute(QueryPlan plan, IReadOnlyList<TableData> tables, string work, string output, CancellationToken cancellationToken)
    {
        using var session = new DuckDbSession(options.Queries, work);
        using var interrupt = cancellationToken.Register(session.Interrupt);
        TableViews.CreateLocked(session, tables, work, table => plan.Classes?.GetValueOrDefault(table.ViewName));
        var format = plan.Delivery.Format == ResultDelivery.Parquet ? "FORMAT parquet" : "FORMAT csv, HEADER true";
        var parts = plan.Delivery.SingleFile ? string.Empty : $", FILE_SIZE_BYTES {options.Queries.PartFileBytes}";
        using var guard = new WorkFolderGuard(work, session.WorkDiskLimitBytes, session.Interrupt);
        try
        {
            session.Execute($"COPY ({plan.Sql}) TO {EngineSql.Literal(output)} ({format}{parts})");
        }
        catch (Exception) when (guard.Exceeded)
        {
            throw new QueryFailureException(QueryFailure.WorkDisk);
        }
    }

    /// <summary>Moves the result files into the receiver's bucket; a failure removes the parts already published.</summary>
    private async Task<ProtectedQueryOutput> PublishAsync(QueryPlan plan, string output)
    {
        var delivery = plan.Delivery;
        var files = delivery.SingleFile
            ? [(Key: delivery.SingleKey(plan.QueryId), Path: output)]
            : Directory.GetFiles(output)
                .Select(path => (Index: PartIndex(path), Path: path))
                .OrderBy(part => part.Index)
                .Select((part, position) => (Key: delivery.PartKey(position), part.Path))
                .ToList();
        var published = new List<string>();
        try
        {
            foreach (var (key, path) in files)
            {
                await objects.WriteResultAsync(delivery.AccountId, delivery.Bucket, key, path, delivery.ContentType, CancellationToken.None);
                published.Add(key);
            }
        }
        catch (Exception error) when (error is Server.Wire.ApiException or IOException)
        {
            await catalog.DeleteAsync(delivery.AccountId, delivery.Bucket, published, CancellationToken.None);
            throw new QueryFailureException(QueryFailure.Delivery);
        }

        return delivery.ToRunner
            ? new ProtectedQueryOutput(new ProtectedQueryS3Output(delivery.LocationOf(plan.QueryId)), null)
            : new ProtectedQueryOutput(null, [new ProtectedQuerySingleMemberOutput(delivery.AccountId)]);
    }

    /// <summary>DuckDB names parts <c>data_N.ext</c>.</summary>
    private static int PartIndex(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return int.Parse(name[(name.LastIndexOf('_') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }
}
