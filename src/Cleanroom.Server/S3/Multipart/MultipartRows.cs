using System.Data.Common;
using Cleanroom.Server.S3.Payload;
using Cleanroom.Server.Store;

namespace Cleanroom.Server.S3.Multipart;

internal static class MultipartRows
{
    private const string UploadColumns = "upload_id, bucket, object_key, initiated, headers, checksum_algorithm, checksum_type";
    private const string PartColumns = "upload_id, part_number, file_id, size, etag, checksum_value, last_modified";

    public static Task InsertUploadAsync(DbSession session, UploadRecord upload) =>
        session.ExecuteAsync(
            $"INSERT INTO s3_uploads ({UploadColumns}) VALUES (@id, @bucket, @key, @initiated, @headers, @algorithm, @type)",
            ("id", upload.UploadId),
            ("bucket", upload.Bucket),
            ("key", upload.Key),
            ("initiated", upload.Initiated.ToUnixTimeMilliseconds()),
            ("headers", JsonColumn.Write(upload.Headers)),
            ("algorithm", upload.Algorithm is { } algorithm ? Checksums.WireName(algorithm) : null),
            ("type", upload.ChecksumType));

    /// <summary>The upload, if it exists and belongs to this bucket and key (an id alone never finds another object's upload).</summary>
    public static Task<UploadRecord?> FindUploadAsync(DbSession session, string bucket, string key, string uploadId) =>
        session.QuerySingleAsync(
            $"SELECT {UploadColumns} FROM s3_uploads WHERE upload_id = @id AND bucket = @bucket AND object_key = @key",
            MapUpload,
            ("id", uploadId),
            ("bucket", bucket),
            ("key", key));

    /// <summary>Uploads of a bucket in (key, upload id) order after the markers.</summary>
    public static Task<List<UploadRecord>> ListUploadsAsync(DbSession session, string bucket, string prefix, string keyMarker, string uploadIdMarker, int limit) =>
        session.QueryAsync(
            $"SELECT {UploadColumns} FROM s3_uploads WHERE bucket = @bucket AND substr(object_key, 1, length(@prefix)) = @prefix"
                + " AND (object_key > @key OR (object_key = @key AND upload_id > @upload)) ORDER BY object_key, upload_id LIMIT @limit",
            MapUpload,
            ("bucket", bucket),
            ("prefix", prefix),
            ("key", keyMarker),
            ("upload", uploadIdMarker),
            ("limit", limit));

    /// <summary>Deletes the upload and its part rows; returns the parts (their files are deleted after the commit).</summary>
    public static async Task<List<PartRecord>> DeleteUploadAsync(DbSession session, string uploadId)
    {
        var parts = await PartsAsync(session, uploadId, 0, int.MaxValue);
        await session.ExecuteAsync("DELETE FROM s3_parts WHERE upload_id = @id", ("id", uploadId));
        await session.ExecuteAsync("DELETE FROM s3_uploads WHERE upload_id = @id", ("id", uploadId));
        return parts;
    }

    public static Task<PartRecord?> FindPartAsync(DbSession session, string uploadId, int partNumber) =>
        session.QuerySingleAsync($"SELECT {PartColumns} FROM s3_parts WHERE upload_id = @id AND part_number = @part", MapPart, ("id", uploadId), ("part", partNumber));

    public static async Task UpsertPartAsync(DbSession session, PartRecord part)
    {
        await session.ExecuteAsync("DELETE FROM s3_parts WHERE upload_id = @id AND part_number = @part", ("id", part.UploadId), ("part", part.PartNumber));
        await session.ExecuteAsync(
            $"INSERT INTO s3_parts ({PartColumns}) VALUES (@id, @part, @file, @size, @etag, @checksum, @modified)",
            ("id", part.UploadId),
            ("part", part.PartNumber),
            ("file", part.FileId),
            ("size", part.Size),
            ("etag", part.ETag),
            ("checksum", part.Checksum),
            ("modified", part.LastModified.ToUnixTimeMilliseconds()));
    }

    /// <summary>Parts with a number above <paramref name="after"/>, in order.</summary>
    public static Task<List<PartRecord>> PartsAsync(DbSession session, string uploadId, int after, int limit) =>
        session.QueryAsync(
            $"SELECT {PartColumns} FROM s3_parts WHERE upload_id = @id AND part_number > @after ORDER BY part_number LIMIT @limit",
            MapPart,
            ("id", uploadId),
            ("after", after),
            ("limit", limit));

    private static UploadRecord MapUpload(DbDataReader reader) => new(
        reader.Text("upload_id"),
        reader.Text("bucket"),
        reader.Text("object_key"),
        reader.Time("initiated"),
        JsonColumn.Read<ObjectHeaders>(reader.Text("headers"))!,
        Checksums.Parse(reader.TextOrNull("checksum_algorithm")),
        reader.TextOrNull("checksum_type"));

    private static PartRecord MapPart(DbDataReader reader) => new(
        reader.Text("upload_id"),
        (int)reader.Int64("part_number"),
        reader.Text("file_id"),
        reader.Int64("size"),
        reader.Text("etag"),
        reader.TextOrNull("checksum_value"),
        reader.Time("last_modified"));
}
