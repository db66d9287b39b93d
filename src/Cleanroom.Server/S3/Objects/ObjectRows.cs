using System.Data.Common;
using Cleanroom.Server.Store;

namespace Cleanroom.Server.S3.Objects;

internal static class ObjectRows
{
    private const string Columns = "bucket, object_key, file_id, size, etag, last_modified, headers, checksum_algorithm, checksum_value, checksum_type, part_count";

    public static Task<ObjectRecord?> FindAsync(DbSession session, string bucket, string key) =>
        session.QuerySingleAsync($"SELECT {Columns} FROM s3_objects WHERE bucket = @bucket AND object_key = @key", Map, ("bucket", bucket), ("key", key));

    /// <summary>Inserts or replaces the object at the record's key.</summary>
    public static async Task UpsertAsync(DbSession session, ObjectRecord record)
    {
        await DeleteAsync(session, record.Bucket, record.Key);
        await session.ExecuteAsync(
            $"INSERT INTO s3_objects ({Columns}) VALUES (@bucket, @key, @file, @size, @etag, @modified, @headers, @algorithm, @checksum, @type, @parts)",
            ("bucket", record.Bucket),
            ("key", record.Key),
            ("file", record.FileId),
            ("size", record.Size),
            ("etag", record.ETag),
            ("modified", record.LastModified.ToUnixTimeMilliseconds()),
            ("headers", JsonColumn.Write(record.Headers)),
            ("algorithm", record.Checksum is null ? null : Payload.Checksums.WireName(record.Checksum.Algorithm)),
            ("checksum", record.Checksum?.Value),
            ("type", record.Checksum?.Type),
            ("parts", record.PartCount));
    }

    public static Task DeleteAsync(DbSession session, string bucket, string key) =>
        session.ExecuteAsync("DELETE FROM s3_objects WHERE bucket = @bucket AND object_key = @key", ("bucket", bucket), ("key", key));

    /// <summary>
    /// Objects in key order with <paramref name="from"/> ≤ key (or &lt; when <paramref name="exclusive"/>) and key &lt;
    /// <paramref name="until"/> (no upper bound when null).
    /// </summary>
    public static Task<List<ObjectRecord>> RangeAsync(DbSession session, string bucket, string from, bool exclusive, string? until, int limit) =>
        session.QueryAsync(
            $"SELECT {Columns} FROM s3_objects WHERE bucket = @bucket AND object_key {(exclusive ? ">" : ">=")} @from"
                + (until is null ? string.Empty : " AND object_key < @until")
                + " ORDER BY object_key LIMIT @limit",
            Map,
            ("bucket", bucket),
            ("from", from),
            ("until", until),
            ("limit", limit));

    public static Task<List<string>> AllFileIdsAsync(DbSession session) =>
        session.QueryAsync("SELECT file_id FROM s3_objects UNION ALL SELECT file_id FROM s3_parts", reader => reader.Text("file_id"));

    private static ObjectRecord Map(DbDataReader reader) => new(
        reader.Text("bucket"),
        reader.Text("object_key"),
        reader.Text("file_id"),
        reader.Int64("size"),
        reader.Text("etag"),
        reader.Time("last_modified"),
        JsonColumn.Read<ObjectHeaders>(reader.Text("headers"))!,
        StoredChecksum.Read(reader.TextOrNull("checksum_algorithm"), reader.TextOrNull("checksum_value"), reader.TextOrNull("checksum_type")),
        reader.IsDBNull(reader.GetOrdinal("part_count")) ? null : (int)reader.Int64("part_count"));
}
