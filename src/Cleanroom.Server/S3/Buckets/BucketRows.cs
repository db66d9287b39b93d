using System.Data.Common;
using Cleanroom.Server.Store;

namespace Cleanroom.Server.S3.Buckets;

internal static class BucketRows
{
    private const string Columns = "name, account_id, region, create_time";

    public static Task<BucketRecord?> FindAsync(DbSession session, string name) =>
        session.QuerySingleAsync($"SELECT {Columns} FROM s3_buckets WHERE name = @name", Map, ("name", name));

    public static Task InsertAsync(DbSession session, BucketRecord bucket) =>
        session.ExecuteAsync(
            "INSERT INTO s3_buckets (name, account_id, region, create_time) VALUES (@name, @account, @region, @time)",
            ("name", bucket.Name),
            ("account", bucket.AccountId),
            ("region", bucket.Region),
            ("time", bucket.CreateTime.ToUnixTimeMilliseconds()));

    public static Task DeleteAsync(DbSession session, string name) =>
        session.ExecuteAsync("DELETE FROM s3_buckets WHERE name = @name", ("name", name));

    /// <summary>The account's buckets by name after <paramref name="after"/>, with an optional name prefix.</summary>
    public static Task<List<BucketRecord>> ListAsync(DbSession session, string accountId, string prefix, string after, int limit) =>
        session.QueryAsync(
            $"SELECT {Columns} FROM s3_buckets WHERE account_id = @account AND name > @after AND substr(name, 1, length(@prefix)) = @prefix ORDER BY name LIMIT @limit",
            Map,
            ("account", accountId),
            ("after", after),
            ("prefix", prefix),
            ("limit", limit));

    /// <summary>Objects or multipart uploads in progress keep a bucket from being deleted.</summary>
    public static async Task<bool> IsEmptyAsync(DbSession session, string name) =>
        await session.CountAsync("SELECT COUNT(*) FROM (SELECT 1 FROM s3_objects WHERE bucket = @name LIMIT 1) AS objects", ("name", name)) == 0
        && await session.CountAsync("SELECT COUNT(*) FROM (SELECT 1 FROM s3_uploads WHERE bucket = @name LIMIT 1) AS uploads", ("name", name)) == 0;

    private static BucketRecord Map(DbDataReader reader) =>
        new(reader.Text("name"), reader.Text("account_id"), reader.Text("region"), reader.Time("create_time"));
}
