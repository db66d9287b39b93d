using Cleanroom.C3r;
using Cleanroom.Server.Glue;
using Cleanroom.Server.S3;
using DuckDB.NET.Data;

namespace Cleanroom.Server.ProtectedQueries.Engine;

/// <summary>
/// In an encrypted collaboration, tells each string column's C3R class from the first non-NULL values of the table
/// (the check needs no key: sealed and fingerprint cells have a recognisable form). A column is one class; when the
/// sample mixes classes the column is <see cref="C3rColumnKind.Mixed"/>, and at run time the view's guard fails any
/// query that meets a value of another class than the sample's. Non-string columns are cleartext.
/// </summary>
internal sealed class ColumnClassSampler(ObjectStore objects, QueryExecution execution, ServerOptions options)
{
    private const int SampleSize = 1000;

    /// <summary>The kind of every string column of each table, by view name then column name.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, C3rColumnKind>>> SampleAsync(IReadOnlyList<TableRead> tables, CancellationToken cancellationToken)
    {
        var data = await TableFiles.ResolveAllAsync(objects, tables, cancellationToken);
        var work = Path.Combine(execution.WorkRoot, "sample-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            return await Task.Run(() => Sample(data, work), cancellationToken);
        }
        catch (DuckDBException)
        {
            throw new QueryFailureException(QueryFailure.DataAccess);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private Dictionary<string, IReadOnlyDictionary<string, C3rColumnKind>> Sample(IReadOnlyList<TableData> tables, string work)
    {
        // One thread reads the files in order, so the sample is the first values of the table.
        using var session = new DuckDbSession(options.Queries with { ThreadsPerQuery = 1 }, work);
        TableViews.CreateLocked(session, tables, work, _ => null);
        var kinds = new Dictionary<string, IReadOnlyDictionary<string, C3rColumnKind>>(StringComparer.Ordinal);
        foreach (var (table, _) in tables)
        {
            var columns = new Dictionary<string, C3rColumnKind>(StringComparer.Ordinal);
            foreach (var column in table.AllColumns.Where(column => column.Type.Kind is HiveTypeKind.String or HiveTypeKind.Varchar or HiveTypeKind.Char))
            {
                var name = EngineSql.Identifier(column.Name);
                var values = session.Query($"SELECT {name} FROM {EngineSql.Identifier(table.ViewName)} WHERE {name} IS NOT NULL LIMIT {SampleSize}", reader => reader.GetString(0));
                columns[column.Name] = C3rCell.ClassifyColumn(values);
            }

            kinds[table.ViewName] = columns;
        }

        return kinds;
    }
}
