using System.Security.Cryptography;
using Cleanroom.Server.S3.Buckets;
using Cleanroom.Server.S3.Objects;
using Cleanroom.Server.S3.Storage;
using Cleanroom.Server.Store;
using Cleanroom.Server.Wire;

namespace Cleanroom.Server.S3;

/// <summary>
/// The object store as the protected-query engine uses it, inside the server: table locations resolved to local
/// files, and results written into a member's bucket atomically. Both act for one account and refuse buckets it
/// does not own (AccessDeniedException, the same for a missing bucket, so nothing is learnt about others').
/// </summary>
internal sealed class ObjectStore(MetadataStore store, ObjectCatalog catalog, ServerOptions options)
{
    private const int BatchSize = 1000;

    /// <summary>
    /// The objects under <c>s3://bucket/prefix</c> as local files, in key order. A location names a folder: without a
    /// trailing slash it is the object with exactly that key if there is one, else the folder <c>prefix/</c>. Like
    /// Hive and Athena, folder markers (keys ending in '/') and hidden files (a path segment below the folder
    /// starting with '_' or '.', e.g. <c>_SUCCESS</c>, <c>_temporary/…</c>) are left out. A file stays readable until its object is overwritten or deleted; a reader that has it
    /// open keeps reading the version it opened.
    /// </summary>
    public async Task<IReadOnlyList<LocalObject>> ResolveAsync(string accountId, string location, CancellationToken cancellationToken = default)
    {
        var (bucket, prefix) = ParseLocation(location);
        var folder = prefix.Length == 0 || prefix.EndsWith('/') ? prefix : prefix + "/";
        var records = await store.ReadAsync(
            async session =>
            {
                await OwnedAsync(session, bucket, accountId);
                if (prefix.Length > 0 && !prefix.EndsWith('/') && await ObjectRows.FindAsync(session, bucket, prefix) is { } exact)
                {
                    return [exact];
                }

                var until = folder.Length == 0 ? null : ObjectKey.Successor(folder);
                var found = new List<ObjectRecord>();
                var (from, exclusive) = (folder, false);
                while (true)
                {
                    var batch = await ObjectRows.RangeAsync(session, bucket, from, exclusive, until, BatchSize);
                    found.AddRange(batch);
                    if (batch.Count < BatchSize)
                    {
                        return found;
                    }

                    (from, exclusive) = (batch[^1].Key, true);
                }
            },
            cancellationToken);
        return records
            .Where(record => (record.Key == prefix && folder != prefix) || !IsHidden(record.Key[folder.Length..]))
            .Select(record => new LocalObject(record.Key, catalog.Files.PathOf(record.FileId), record.Size))
            .ToList();
    }

    /// <summary>
    /// Makes <paramref name="localFile"/> the object <paramref name="key"/> in the account's bucket: the file is
    /// flushed, moved into the object area (renamed when it is on the data directory's filesystem — write it at
    /// <see cref="NewTempFilePath"/> for that) and only then committed, so readers never see a partial result.
    /// The file is consumed. Object-size and storage quotas apply.
    /// </summary>
    public async Task<WrittenObject> WriteResultAsync(string accountId, string bucket, string key, string localFile, string contentType, CancellationToken cancellationToken = default)
    {
        ObjectKey.Check(key);
        await store.ReadAsync(
            async session =>
            {
                await OwnedAsync(session, bucket, accountId);
                return true;
            },
            cancellationToken);
        byte[] md5;
        long size;
        await using (var file = new FileStream(localFile, FileMode.Open, FileAccess.ReadWrite, FileShare.None, bufferSize: 0))
        {
            file.Flush(flushToDisk: true);
            size = file.Length;
            md5 = await MD5.HashDataAsync(file, cancellationToken);
        }

        var headers = new ObjectHeaders(contentType, null, null, null, null, null, new Dictionary<string, string>());
        var record = new ObjectRecord(bucket, key, string.Empty, size, $"\"{Convert.ToHexStringLower(md5)}\"", options.Clock.GetUtcNow(), headers, null, null);
        var committed = await catalog.CommitAsync(accountId, record, localFile);
        return new WrittenObject(bucket, key, committed.Size, committed.ETag);
    }

    /// <summary>A path on the object area's filesystem where a result can be written before <see cref="WriteResultAsync"/>.</summary>
    public string NewTempFilePath() => catalog.Files.NewTempPath();

    private static async Task OwnedAsync(DbSession session, string bucket, string accountId)
    {
        if (await BucketRows.FindAsync(session, bucket) is not { } found || found.AccountId != accountId)
        {
            throw ApiException.AccessDenied($"The bucket {bucket} is not accessible to this account.");
        }
    }

    private static (string Bucket, string Prefix) ParseLocation(string location)
    {
        const string scheme = "s3://";
        if (!location.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"'{location}' is not an s3:// location.", nameof(location));
        }

        var path = location[scheme.Length..];
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        var bucket = slash < 0 ? path : path[..slash];
        return bucket.Length == 0
            ? throw new ArgumentException($"'{location}' names no bucket.", nameof(location))
            : (bucket, slash < 0 ? string.Empty : path[(slash + 1)..]);
    }

    private static bool IsHidden(string relativeKey) =>
        relativeKey.Length == 0 || relativeKey.EndsWith('/') || relativeKey.Split('/').Any(segment => segment.StartsWith('_') || segment.StartsWith('.'));
}
