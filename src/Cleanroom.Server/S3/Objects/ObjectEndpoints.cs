using System.Buffers;
using System.Globalization;
using Cleanroom.Server.S3.Buckets;
using Cleanroom.Server.S3.Payload;
using Cleanroom.Server.S3.Storage;
using Cleanroom.Server.Store;
using Microsoft.AspNetCore.Http;

namespace Cleanroom.Server.S3.Objects;

/// <summary>PutObject, GetObject, HeadObject, DeleteObject, DeleteObjects and CopyObject.</summary>
internal sealed class ObjectEndpoints(MetadataStore store, ObjectCatalog catalog, ServerOptions options)
{
    private const int DeleteObjectsLimit = 1000;
    private const int DeleteObjectsBodyLimit = 2 * 1024 * 1024;
    private const int CopyBufferSize = 256 * 1024;

    public async Task PutAsync(S3Request request)
    {
        var http = request.Http;
        var (bucket, key, account) = (request.Bucket!, ObjectKey.Check(request.Key!), request.Caller.AccountId);
        var existing = await FindAsync(bucket, key, account, http.RequestAborted);
        var headers = ObjectHeaders.From(http.Request.Headers);
        var digests = UploadDigests.FromHeaders(http.Request.Headers, null);
        var body = UploadBody.Open(request);
        StorageQuota.CheckSize(body.Length, options.Quotas.MaxObjectSizeBytes);
        await StorageQuota.CheckRoomAsync(store, account, body.Length - (existing?.Size ?? 0), options.Quotas, http.RequestAborted);

        var received = await ObjectReceiver.ReceiveAsync(body, digests, catalog.Files, http.RequestAborted);
        var record = new ObjectRecord(bucket, key, string.Empty, received.Size, received.ETag, options.Clock.GetUtcNow(), headers, StoredChecksum.Full(received.Algorithm, received.Checksum), null);
        var stored = await catalog.CommitAsync(account, record, received.TempPath);
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.Headers.ETag = stored.ETag;
        stored.Checksum?.WriteTo(http.Response.Headers);
    }

    public async Task GetAsync(S3Request request, bool head)
    {
        var http = request.Http;
        var query = http.Request.Query;
        if (query.ContainsKey("partNumber"))
        {
            throw S3Errors.NotImplemented("Reading an object by part number");
        }

        CheckVersion(query);

        // An object replaced between reading its row and opening its file is read again: the reader gets the
        // old or the new object, whole.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var record = await FindAsync(request.Bucket!, request.Key!, request.Caller.AccountId, http.RequestAborted) ?? throw S3Errors.NoSuchKey();
            await using var file = head ? null : catalog.Files.TryOpen(record.FileId);
            if (!head && file is null)
            {
                continue;
            }

            await RespondAsync(http, record, file);
            return;
        }

        throw S3Errors.NoSuchKey();
    }

    public async Task DeleteAsync(S3Request request)
    {
        CheckVersion(request.Http.Request.Query);
        await catalog.DeleteAsync(request.Caller.AccountId, request.Bucket!, [ObjectKey.Check(request.Key!)], request.Http.RequestAborted);
        request.Http.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    public async Task DeleteManyAsync(S3Request request)
    {
        var http = request.Http;
        await BucketAccess.LoadOwnedAsync(store, request.Bucket!, request.Caller.AccountId, http.RequestAborted);
        var document = S3Xml.Parse(await UploadBody.ReadSmallAsync(request, DeleteObjectsBodyLimit));
        var quiet = string.Equals(S3Xml.ChildValue(document, "Quiet"), "true", StringComparison.OrdinalIgnoreCase);
        var keys = S3Xml.Children(document, "Object").Select(item => S3Xml.ChildValue(item, "Key") ?? throw S3Errors.MalformedXml()).ToList();
        if (keys.Count is 0 or > DeleteObjectsLimit)
        {
            throw S3Errors.MalformedXml();
        }

        var tooLong = keys.Where(key => System.Text.Encoding.UTF8.GetByteCount(key) > ObjectKey.MaxBytes).ToHashSet(StringComparer.Ordinal);
        var deletable = keys.Where(key => !tooLong.Contains(key)).Distinct(StringComparer.Ordinal).ToList();
        await catalog.DeleteAsync(request.Caller.AccountId, request.Bucket!, deletable, http.RequestAborted);
        await S3Xml.WriteAsync(http, S3Xml.Element(
            "DeleteResult",
            quiet ? null : deletable.Select(key => S3Xml.Element("Deleted", S3Xml.Element("Key", key))),
            tooLong.Select(key => S3Xml.Element("Error", S3Xml.Element("Key", key), S3Xml.Element("Code", "KeyTooLongError"), S3Xml.Element("Message", "Your key is too long")))));
    }

    public async Task CopyAsync(S3Request request)
    {
        var http = request.Http;
        var account = request.Caller.AccountId;
        var (bucket, key) = (request.Bucket!, ObjectKey.Check(request.Key!));
        var source = CopySource.Parse(http.Request);
        var directive = http.Request.Headers["x-amz-metadata-directive"].ToString() is { Length: > 0 } given ? given : "COPY";
        if (directive is not ("COPY" or "REPLACE"))
        {
            throw S3Errors.InvalidArgument("Unknown metadata directive.");
        }

        var (original, existing) = await store.ReadAsync(
            async session =>
            {
                await BucketAccess.LoadOwnedAsync(session, bucket, account);
                await BucketAccess.LoadOwnedAsync(session, source.Bucket, account);
                var found = await ObjectRows.FindAsync(session, source.Bucket, source.Key) ?? throw S3Errors.NoSuchKey();
                return (found, await ObjectRows.FindAsync(session, bucket, key));
            },
            http.RequestAborted);
        Preconditions.Evaluate(http.Request.Headers, original, "x-amz-copy-source-");
        if (source.Bucket == bucket && source.Key == key && directive == "COPY")
        {
            throw S3Errors.InvalidRequest("This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes.");
        }

        if (original.Size > StorageQuota.MaxSingleUploadBytes)
        {
            throw S3Errors.InvalidRequest($"The specified copy source is larger than the maximum allowable size for a copy source: {StorageQuota.MaxSingleUploadBytes}");
        }

        await StorageQuota.CheckRoomAsync(store, account, original.Size - (existing?.Size ?? 0), options.Quotas, http.RequestAborted);
        var algorithm = CopyChecksum(http.Request, original.Checksum);
        var received = await catalog.CopyAsync(original, 0, original.Size, algorithm, http.RequestAborted);
        var headers = directive == "REPLACE" ? ObjectHeaders.From(http.Request.Headers) : original.Headers;
        var record = new ObjectRecord(bucket, key, string.Empty, received.Size, received.ETag, options.Clock.GetUtcNow(), headers, StoredChecksum.Full(received.Algorithm, received.Checksum), null);
        var stored = await catalog.CommitAsync(account, record, received.TempPath);
        await S3Xml.WriteAsync(http, S3Xml.Element(
            "CopyObjectResult",
            S3Xml.Element("ETag", stored.ETag),
            S3Xml.Element("LastModified", S3Xml.Time(stored.LastModified)),
            stored.Checksum is null ? null : S3Xml.Element(Checksums.XmlName(stored.Checksum.Algorithm), stored.Checksum.Value)));
    }

    /// <summary>The bucket must be the caller's; then the object's row, or null.</summary>
    public Task<ObjectRecord?> FindAsync(string bucket, string key, string accountId, CancellationToken cancellationToken) =>
        store.ReadAsync(
            async session =>
            {
                await BucketAccess.LoadOwnedAsync(session, bucket, accountId);
                return await ObjectRows.FindAsync(session, bucket, key);
            },
            cancellationToken);

    /// <summary>Buckets are unversioned: only the version id "null" exists.</summary>
    private static void CheckVersion(IQueryCollection query)
    {
        if (query.TryGetValue("versionId", out var version) && version.ToString() != "null")
        {
            throw S3Errors.InvalidArgument("Invalid version id specified");
        }
    }

    private static ChecksumAlgorithm? CopyChecksum(HttpRequest request, StoredChecksum? original) =>
        request.Headers["x-amz-checksum-algorithm"].ToString() is { Length: > 0 } named
            ? Checksums.Parse(named) ?? throw S3Errors.InvalidRequest("Value for x-amz-checksum-algorithm header is invalid.")
            : original?.Algorithm;

    private static async Task RespondAsync(HttpContext http, ObjectRecord record, FileStream? file)
    {
        var response = http.Response;
        var headers = response.Headers;
        headers.ETag = record.ETag;
        headers.LastModified = record.LastModified.ToString("R", CultureInfo.InvariantCulture);
        if (Preconditions.Evaluate(http.Request.Headers, record) == Preconditions.Outcome.NotModified)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        var range = ByteRange.Parse(http.Request.Headers.Range.ToString(), record.Size);
        headers.AcceptRanges = "bytes";
        record.Headers.WriteTo(response, http.Request.Query);

        // A checksum describes the whole object: sent only when it is asked for and the whole object is returned.
        if (range is null && record.Checksum is not null && string.Equals(http.Request.Headers["x-amz-checksum-mode"], "ENABLED", StringComparison.OrdinalIgnoreCase))
        {
            record.Checksum.WriteTo(headers);
        }

        var (start, length) = range is { } r ? (r.Start, r.Length) : (0L, record.Size);
        response.StatusCode = range is null ? StatusCodes.Status200OK : StatusCodes.Status206PartialContent;
        if (range is { } partial)
        {
            headers.ContentRange = $"bytes {partial.Start}-{partial.End}/{record.Size}";
        }

        response.ContentLength = length;
        if (file is null)
        {
            return;
        }

        file.Seek(start, SeekOrigin.Begin);
        var buffer = ArrayPool<byte>.Shared.Rent(CopyBufferSize);
        try
        {
            var remaining = length;
            while (remaining > 0)
            {
                var read = await file.ReadAsync(buffer.AsMemory(0, (int)Math.Min(CopyBufferSize, remaining)), http.RequestAborted);
                if (read == 0)
                {
                    // The file is shorter than its row says: end the response short so the client sees the error.
                    http.Abort();
                    return;
                }

                await response.Body.WriteAsync(buffer.AsMemory(0, read), http.RequestAborted);
                remaining -= read;
            }
        }
        catch (Exception error) when (error is IOException or OperationCanceledException && http.RequestAborted.IsCancellationRequested)
        {
            // The client went away mid-download.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
