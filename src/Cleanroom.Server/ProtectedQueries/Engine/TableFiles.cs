using Cleanroom.Server.Glue;
using Cleanroom.Server.S3;
using Cleanroom.Server.Wire;

namespace Cleanroom.Server.ProtectedQueries.Engine;

/// <summary>
/// A table's data files, found in the owner's object store at the Glue location and grouped for reading. For a
/// partitioned table each object must sit under <c>key=value/</c> folders naming the partition keys in order (Hive's
/// layout; values are URL-decoded, <c>__HIVE_DEFAULT_PARTITION__</c> is NULL); other objects are not table data.
/// CSV objects are decompressed by extension; a codec Cleanroom cannot read fails the query.
/// </summary>
internal static class TableFiles
{
    private const string DefaultPartition = "__HIVE_DEFAULT_PARTITION__";

    public static async Task<IReadOnlyList<TableData>> ResolveAllAsync(ObjectStore objects, IEnumerable<TableRead> tables, CancellationToken cancellationToken)
    {
        var resolved = new List<TableData>();
        foreach (var table in tables)
        {
            resolved.Add(new TableData(table, await ResolveAsync(objects, table, cancellationToken)));
        }

        return resolved;
    }

    private static async Task<IReadOnlyList<FileGroup>> ResolveAsync(ObjectStore objects, TableRead table, CancellationToken cancellationToken)
    {
        var location = table.Source.Location;
        IReadOnlyList<LocalObject> found;
        try
        {
            found = await objects.ResolveAsync(table.OwnerAccountId, location.ToString(), cancellationToken);
        }
        catch (ApiException)
        {
            // The owner's bucket is gone: the same failure as any unreadable table, whoever's it is.
            throw new QueryFailureException(QueryFailure.DataAccess);
        }

        var exact = !location.IsPrefix && found is [{ } single] && single.Key == location.Key;
        var folder = exact ? location.Key : location.IsPrefix ? location.Key : location.Key + "/";
        var groups = new Dictionary<string, (List<string> Paths, FileCompression Compression, string?[] Values)>(StringComparer.Ordinal);
        foreach (var item in found)
        {
            var relative = exact ? string.Empty : item.Key[folder.Length..];
            if (PartitionValues(relative, table.Source.PartitionKeys) is not { } values)
            {
                continue;
            }

            var compression = table.Source.Format == TableFormat.Csv ? TableSource.CompressionOf(item.Key) : FileCompression.None;
            if (compression == FileCompression.Unsupported)
            {
                throw new QueryFailureException(QueryFailure.UnsupportedFormat);
            }

            var groupKey = compression + "\0" + string.Join("\0", values.Select(value => value ?? "\u0001"));
            if (!groups.TryGetValue(groupKey, out var group))
            {
                group = ([], compression, values);
                groups.Add(groupKey, group);
            }

            group.Paths.Add(item.Path);
        }

        return [.. groups.Values.Select(group => new FileGroup(group.Paths, group.Compression, group.Values))];
    }

    /// <summary>The partition values encoded in the folders of <paramref name="relativeKey"/>, or null when it is not laid out by the keys.</summary>
    private static string?[]? PartitionValues(string relativeKey, IReadOnlyList<TableColumn> keys)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        var segments = relativeKey.Split('/');
        if (segments.Length <= keys.Count)
        {
            return null;
        }

        var values = new string?[keys.Count];
        for (var index = 0; index < keys.Count; index++)
        {
            var equals = segments[index].IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || !string.Equals(segments[index][..equals], keys[index].Name, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var value = Uri.UnescapeDataString(segments[index][(equals + 1)..]);
            values[index] = value == DefaultPartition ? null : value;
        }

        return values;
    }
}
