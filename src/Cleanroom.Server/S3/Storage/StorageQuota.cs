using Cleanroom.Server.Store;

namespace Cleanroom.Server.S3.Storage;

/// <summary>
/// Bytes each account stores (objects and parts of uploads in progress), kept in the same transaction as the rows
/// they count, and the limits of <see cref="QuotaOptions"/>.
/// </summary>
internal static class StorageQuota
{
    /// <summary>Largest body one PutObject, UploadPart or CopyObject may carry (S3: 5 GiB).</summary>
    public const long MaxSingleUploadBytes = 5L * 1024 * 1024 * 1024;

    /// <summary>Refuses a declared size before any byte is read.</summary>
    public static void CheckSize(long size, long maxObjectSize)
    {
        if (size > Math.Min(maxObjectSize, MaxSingleUploadBytes))
        {
            throw S3Errors.EntityTooLarge();
        }
    }

    /// <summary>Refuses early when the account is already at its quota (the commit checks again).</summary>
    public static async Task CheckRoomAsync(MetadataStore store, string accountId, long bytes, QuotaOptions quotas, CancellationToken cancellationToken)
    {
        if (quotas.StorageBytesPerAccount is { } limit && bytes > 0)
        {
            var used = await store.ReadAsync(session => UsedAsync(session, accountId), cancellationToken);
            if (used + bytes > limit)
            {
                throw S3Errors.QuotaExceeded(limit);
            }
        }
    }

    /// <summary>Adds <paramref name="delta"/> bytes to the account's usage; growth beyond the quota throws and rolls back.</summary>
    public static async Task ChargeAsync(DbSession session, string accountId, long delta, QuotaOptions quotas)
    {
        if (delta == 0)
        {
            return;
        }

        if (delta > 0 && quotas.StorageBytesPerAccount is { } limit && await UsedAsync(session, accountId) + delta > limit)
        {
            throw S3Errors.QuotaExceeded(limit);
        }

        await session.ExecuteAsync(
            "INSERT INTO s3_usage (account_id, bytes) VALUES (@account, @delta) ON CONFLICT (account_id) DO UPDATE SET bytes = s3_usage.bytes + @delta",
            ("account", accountId),
            ("delta", delta));
    }

    public static Task<long> UsedAsync(DbSession session, string accountId) =>
        session.CountAsync("SELECT COALESCE(SUM(bytes), 0) FROM s3_usage WHERE account_id = @account", ("account", accountId));
}
