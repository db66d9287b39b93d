using Cleanroom.Server.Store;

namespace Cleanroom.Server.S3.Buckets;

/// <summary>
/// Deny by default: a bucket answers only the account that created it. Every other account gets AccessDenied on
/// every call, before anything about the bucket's contents is looked at.
/// </summary>
internal static class BucketAccess
{
    public static async Task<BucketRecord> LoadOwnedAsync(DbSession session, string name, string accountId)
    {
        var bucket = await BucketRows.FindAsync(session, name) ?? throw S3Errors.NoSuchBucket();
        return bucket.AccountId == accountId ? bucket : throw S3Errors.AccessDenied();
    }

    public static Task<BucketRecord> LoadOwnedAsync(MetadataStore store, string name, string accountId, CancellationToken cancellationToken) =>
        store.ReadAsync(session => LoadOwnedAsync(session, name, accountId), cancellationToken);
}
