using Cleanroom.Server.S3.Buckets;
using Cleanroom.Server.S3.Objects;
using Cleanroom.Server.Store;

namespace Cleanroom.Server.S3.Storage;

/// <summary>
/// Makes objects visible and invisible. A new object's file is placed first and its row committed after, in one
/// transaction with the ownership re-check and the quota charge; the replaced object's file goes only once the
/// commit is durable. A reader therefore sees the old object or the complete new one, never a partial file.
/// </summary>
internal sealed class ObjectCatalog(MetadataStore store, ObjectFiles files, ServerOptions options)
{
    public ObjectFiles Files => files;

    /// <summary>
    /// Places <paramref name="completeFile"/> and commits <paramref name="record"/> (its FileId is assigned here).
    /// <paramref name="release"/> runs in the same transaction and names files (and their bytes) the new object
    /// supersedes, e.g. the parts of a completed upload; they are deleted after the commit.
    /// </summary>
    public async Task<ObjectRecord> CommitAsync(
        string accountId,
        ObjectRecord record,
        string completeFile,
        Func<DbSession, Task<ReleasedFiles>>? release = null)
    {
        if (record.Size > options.Quotas.MaxObjectSizeBytes)
        {
            ObjectFiles.DeletePath(completeFile);
            throw S3Errors.EntityTooLarge();
        }

        return await PlaceAsync(
            completeFile,
            async (session, fileId) =>
            {
                var placed = record with { FileId = fileId };
                await BucketAccess.LoadOwnedAsync(session, record.Bucket, accountId);
                var released = release is null ? ReleasedFiles.None : await release(session);
                var previous = await ObjectRows.FindAsync(session, record.Bucket, record.Key);
                await StorageQuota.ChargeAsync(session, accountId, placed.Size - (previous?.Size ?? 0) - released.Bytes, options.Quotas);
                await ObjectRows.UpsertAsync(session, placed);
                return (placed, previous is null ? released.FileIds : [.. released.FileIds, previous.FileId]);
            });
    }

    /// <summary>
    /// Moves a verified temporary file into the object area, then runs <paramref name="commit"/> with its file id in
    /// one write transaction. If the commit fails the placed file is removed; once it is durable, the files it
    /// reports as superseded are removed. Not cancellable: a placed file is either committed or removed.
    /// </summary>
    public async Task<T> PlaceAsync<T>(string completeFile, Func<DbSession, string, Task<(T Result, IReadOnlyList<string> Superseded)>> commit)
    {
        var fileId = files.Place(completeFile);
        (T Result, IReadOnlyList<string> Superseded) outcome;
        try
        {
            outcome = await store.WriteAsync(session => commit(session, fileId), CancellationToken.None);
        }
        catch
        {
            files.Delete(fileId);
            throw;
        }

        foreach (var superseded in outcome.Superseded)
        {
            files.Delete(superseded);
        }

        return outcome.Result;
    }

    /// <summary>Copies a byte range of a stored object into a new verified temporary file.</summary>
    public async Task<ReceivedFile> CopyAsync(ObjectRecord source, long start, long length, Payload.ChecksumAlgorithm? algorithm, CancellationToken cancellationToken)
    {
        await using var file = files.TryOpen(source.FileId) ?? throw S3Errors.NoSuchKey();
        file.Seek(start, SeekOrigin.Begin);
        return await ObjectReceiver.CopyAsync(file, length, algorithm, files, cancellationToken);
    }

    /// <summary>Removes the objects that exist among <paramref name="keys"/>, in one transaction (a missing key is not an error, as in S3).</summary>
    public async Task DeleteAsync(string accountId, string bucket, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var removed = await store.WriteAsync(
            async session =>
            {
                await BucketAccess.LoadOwnedAsync(session, bucket, accountId);
                var found = new List<ObjectRecord>();
                foreach (var key in keys)
                {
                    if (await ObjectRows.FindAsync(session, bucket, key) is { } existing)
                    {
                        await ObjectRows.DeleteAsync(session, bucket, key);
                        found.Add(existing);
                    }
                }

                await StorageQuota.ChargeAsync(session, accountId, -found.Sum(item => item.Size), options.Quotas);
                return found;
            },
            cancellationToken);
        foreach (var item in removed)
        {
            files.Delete(item.FileId);
        }
    }

    /// <summary>Startup: removes files no row references and the temporary area. Returns how many files went.</summary>
    public int Sweep()
    {
        var referenced = store.ReadAsync(ObjectRows.AllFileIdsAsync).GetAwaiter().GetResult();
        return files.Sweep(referenced.ToHashSet(StringComparer.Ordinal));
    }
}
