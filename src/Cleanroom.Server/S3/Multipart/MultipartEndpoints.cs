using System.Globalization;
using System.Security.Cryptography;
using Cleanroom.Server.Auth;
using Cleanroom.Server.S3.Buckets;
using Cleanroom.Server.S3.Objects;
using Cleanroom.Server.S3.Payload;
using Cleanroom.Server.S3.Storage;
using Cleanroom.Server.Store;
using Microsoft.AspNetCore.Http;

namespace Cleanroom.Server.S3.Multipart;

/// <summary>
/// CreateMultipartUpload, UploadPart, UploadPartCopy, CompleteMultipartUpload, AbortMultipartUpload, ListParts and
/// ListMultipartUploads. Parts are verified and placed like objects; completing concatenates them into one file
/// (so the object is a single file a query engine can read) and commits it together with removing the upload.
/// </summary>
internal sealed class MultipartEndpoints(MetadataStore store, ObjectCatalog catalog, ServerOptions options)
{
    /// <summary>Every part but the last must have at least this many bytes (S3: 5 MiB).</summary>
    public const long MinPartSize = 5L * 1024 * 1024;

    private const int MaxPartNumber = 10000;
    private const int CompleteBodyLimit = 4 * 1024 * 1024;
    private const int ListLimit = 1000;

    public async Task CreateAsync(S3Request request)
    {
        var http = request.Http;
        var key = ObjectKey.Check(request.Key!);
        var headers = http.Request.Headers;
        var algorithm = headers["x-amz-checksum-algorithm"].ToString() is { Length: > 0 } named
            ? Checksums.Parse(named) ?? throw S3Errors.InvalidRequest("Value for x-amz-checksum-algorithm header is invalid.")
            : (ChecksumAlgorithm?)null;
        var type = ChecksumType(headers["x-amz-checksum-type"].ToString(), algorithm);
        var upload = new UploadRecord(NewUploadId(), request.Bucket!, key, options.Clock.GetUtcNow(), ObjectHeaders.From(headers), algorithm, type);
        await store.WriteAsync(
            async session =>
            {
                await BucketAccess.LoadOwnedAsync(session, upload.Bucket, request.Caller.AccountId);
                await MultipartRows.InsertUploadAsync(session, upload);
            },
            http.RequestAborted);
        if (algorithm is { } known)
        {
            http.Response.Headers["x-amz-checksum-algorithm"] = Checksums.WireName(known);
            http.Response.Headers["x-amz-checksum-type"] = type;
        }

        await S3Xml.WriteAsync(http, S3Xml.Element(
            "InitiateMultipartUploadResult",
            S3Xml.Element("Bucket", upload.Bucket),
            S3Xml.Element("Key", upload.Key),
            S3Xml.Element("UploadId", upload.UploadId)));
    }

    public async Task UploadPartAsync(S3Request request)
    {
        var http = request.Http;
        var partNumber = PartNumber(http.Request.Query);
        var upload = await LoadUploadAsync(request);
        var digests = UploadDigests.FromHeaders(http.Request.Headers, upload.Algorithm);
        var body = UploadBody.Open(request);
        StorageQuota.CheckSize(body.Length, options.Quotas.MaxObjectSizeBytes);
        await StorageQuota.CheckRoomAsync(store, request.Caller.AccountId, body.Length, options.Quotas, http.RequestAborted);
        var received = await ObjectReceiver.ReceiveAsync(body, digests, catalog.Files, http.RequestAborted);
        var part = await CommitPartAsync(request.Caller.AccountId, upload, partNumber, received);
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.Headers.ETag = part.ETag;
        if (upload.Algorithm is { } algorithm && part.Checksum is not null)
        {
            http.Response.Headers[Checksums.HeaderName(algorithm)] = part.Checksum;
        }
    }

    public async Task UploadPartCopyAsync(S3Request request)
    {
        var http = request.Http;
        var partNumber = PartNumber(http.Request.Query);
        var upload = await LoadUploadAsync(request);
        var source = CopySource.Parse(http.Request);
        var original = await store.ReadAsync(
            async session =>
            {
                await BucketAccess.LoadOwnedAsync(session, source.Bucket, request.Caller.AccountId);
                return await ObjectRows.FindAsync(session, source.Bucket, source.Key) ?? throw S3Errors.NoSuchKey();
            },
            http.RequestAborted);
        Preconditions.Evaluate(http.Request.Headers, original, "x-amz-copy-source-");
        var (start, length) = CopyRange(http.Request.Headers["x-amz-copy-source-range"].ToString(), original.Size);
        StorageQuota.CheckSize(length, options.Quotas.MaxObjectSizeBytes);
        await StorageQuota.CheckRoomAsync(store, request.Caller.AccountId, length, options.Quotas, http.RequestAborted);
        var received = await catalog.CopyAsync(original, start, length, upload.Algorithm, http.RequestAborted);
        var part = await CommitPartAsync(request.Caller.AccountId, upload, partNumber, received);
        await S3Xml.WriteAsync(http, S3Xml.Element(
            "CopyPartResult",
            S3Xml.Element("ETag", part.ETag),
            S3Xml.Element("LastModified", S3Xml.Time(part.LastModified)),
            upload.Algorithm is { } algorithm && part.Checksum is not null ? S3Xml.Element(Checksums.XmlName(algorithm), part.Checksum) : null));
    }

    public async Task CompleteAsync(S3Request request)
    {
        var http = request.Http;
        var account = request.Caller.AccountId;
        var upload = await LoadUploadAsync(request);
        var document = S3Xml.Parse(await UploadBody.ReadSmallAsync(request, CompleteBodyLimit));
        var listed = S3Xml.Children(document, "Part").Select(part => ListedPart.From(part, upload.Algorithm)).ToList();
        if (listed.Count == 0)
        {
            throw S3Errors.InvalidRequest("You must specify at least one part");
        }

        if (listed.Zip(listed.Skip(1)).Any(pair => pair.First.Number >= pair.Second.Number))
        {
            throw S3Errors.InvalidPartOrder();
        }

        var stored = (await store.ReadAsync(session => MultipartRows.PartsAsync(session, upload.UploadId, 0, int.MaxValue), http.RequestAborted))
            .ToDictionary(part => part.PartNumber);
        var parts = listed.Select(item => item.Match(stored)).ToList();
        if (parts.SkipLast(1).Any(part => part.Size < MinPartSize))
        {
            throw S3Errors.EntityTooSmall();
        }

        if (parts.Sum(part => part.Size) > options.Quotas.MaxObjectSizeBytes)
        {
            throw S3Errors.EntityTooLarge();
        }

        var fullObject = upload.ChecksumType == StoredChecksum.FullObject ? upload.Algorithm : null;
        var received = await ConcatenateAsync(parts, fullObject, http.RequestAborted);
        StoredChecksum? checksum;
        try
        {
            checksum = ObjectChecksum(upload, parts, received, http.Request.Headers);
        }
        catch
        {
            ObjectFiles.DeletePath(received.TempPath);
            throw;
        }

        var etag = $"\"{Convert.ToHexStringLower(MD5.HashData(parts.SelectMany(part => Convert.FromHexString(part.ETag.Trim('"'))).ToArray()))}-{parts.Count}\"";
        var record = new ObjectRecord(upload.Bucket, upload.Key, string.Empty, received.Size, etag, options.Clock.GetUtcNow(), upload.Headers, checksum, parts.Count);
        var committed = await catalog.CommitAsync(account, record, received.TempPath, async session =>
        {
            // Completed or aborted meanwhile by another request: this one fails and its file is removed.
            _ = await MultipartRows.FindUploadAsync(session, upload.Bucket, upload.Key, upload.UploadId) ?? throw S3Errors.NoSuchUpload();
            var all = await MultipartRows.DeleteUploadAsync(session, upload.UploadId);
            return new ReleasedFiles(all.Select(part => part.FileId).ToList(), all.Sum(part => part.Size));
        });

        var location = $"{http.Request.Scheme}://{http.Request.Host}/{upload.Bucket}/{CanonicalRequest.Encode(upload.Key, keepSlash: true)}";
        await S3Xml.WriteAsync(http, S3Xml.Element(
            "CompleteMultipartUploadResult",
            S3Xml.Element("Location", location),
            S3Xml.Element("Bucket", upload.Bucket),
            S3Xml.Element("Key", upload.Key),
            S3Xml.Element("ETag", committed.ETag),
            committed.Checksum is null ? null : S3Xml.Element(Checksums.XmlName(committed.Checksum.Algorithm), committed.Checksum.Value),
            committed.Checksum is null ? null : S3Xml.Element("ChecksumType", committed.Checksum.Type)));
    }

    public async Task AbortAsync(S3Request request)
    {
        var http = request.Http;
        var account = request.Caller.AccountId;
        var uploadId = http.Request.Query["uploadId"].ToString();
        var parts = await store.WriteAsync(
            async session =>
            {
                await BucketAccess.LoadOwnedAsync(session, request.Bucket!, account);
                _ = await MultipartRows.FindUploadAsync(session, request.Bucket!, request.Key!, uploadId) ?? throw S3Errors.NoSuchUpload();
                var removed = await MultipartRows.DeleteUploadAsync(session, uploadId);
                await StorageQuota.ChargeAsync(session, account, -removed.Sum(part => part.Size), options.Quotas);
                return removed;
            },
            http.RequestAborted);
        foreach (var part in parts)
        {
            catalog.Files.Delete(part.FileId);
        }

        http.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    public async Task ListPartsAsync(S3Request request)
    {
        var http = request.Http;
        var query = http.Request.Query;
        var upload = await LoadUploadAsync(request);
        var marker = NonNegative(query, "part-number-marker", 0, "part-number-marker");
        var limit = Math.Min(NonNegative(query, "max-parts", ListLimit, "max-parts"), ListLimit);
        var fetched = await store.ReadAsync(session => MultipartRows.PartsAsync(session, upload.UploadId, marker, limit + 1), http.RequestAborted);
        var truncated = fetched.Count > limit;
        var page = fetched.Take(limit).ToList();
        var owner = S3Xml.Element("ID", request.Caller.AccountId);
        await S3Xml.WriteAsync(http, S3Xml.Element(
            "ListPartsResult",
            S3Xml.Element("Bucket", upload.Bucket),
            S3Xml.Element("Key", upload.Key),
            S3Xml.Element("UploadId", upload.UploadId),
            S3Xml.Element("PartNumberMarker", marker),
            S3Xml.Optional("NextPartNumberMarker", truncated ? page[^1].PartNumber : null),
            S3Xml.Element("MaxParts", limit),
            S3Xml.Element("IsTruncated", S3Xml.Bool(truncated)),
            page.Select(part => S3Xml.Element(
                "Part",
                S3Xml.Element("PartNumber", part.PartNumber),
                S3Xml.Element("LastModified", S3Xml.Time(part.LastModified)),
                S3Xml.Element("ETag", part.ETag),
                S3Xml.Element("Size", part.Size),
                upload.Algorithm is { } algorithm && part.Checksum is not null ? S3Xml.Element(Checksums.XmlName(algorithm), part.Checksum) : null)),
            S3Xml.Element("Initiator", owner),
            S3Xml.Element("Owner", new System.Xml.Linq.XElement(owner)),
            S3Xml.Element("StorageClass", "STANDARD"),
            upload.Algorithm is { } named ? S3Xml.Element("ChecksumAlgorithm", Checksums.WireName(named)) : null,
            S3Xml.Optional("ChecksumType", upload.ChecksumType)));
    }

    /// <summary>Uploads in progress in (key, upload id) order: <c>prefix</c>, <c>key-marker</c>, <c>upload-id-marker</c>, <c>max-uploads</c>.</summary>
    public async Task ListUploadsAsync(S3Request request)
    {
        var http = request.Http;
        var query = http.Request.Query;
        if (query["delimiter"].ToString().Length > 0)
        {
            throw S3Errors.NotImplemented("Listing multipart uploads with a delimiter");
        }

        var encoding = query["encoding-type"].ToString();
        Func<string, string> encode = encoding == "url" ? value => CanonicalRequest.Encode(value, keepSlash: true) : value => value;
        var prefix = query["prefix"].ToString();
        var keyMarker = query["key-marker"].ToString();
        var uploadIdMarker = query["upload-id-marker"].ToString();
        var limit = Math.Min(NonNegative(query, "max-uploads", ListLimit, "max-uploads"), ListLimit);

        // Without an upload-id-marker the listing starts after every upload of the marker key ("~" sorts after any id).
        var fetched = await store.ReadAsync(
            async session =>
            {
                await BucketAccess.LoadOwnedAsync(session, request.Bucket!, request.Caller.AccountId);
                return await MultipartRows.ListUploadsAsync(session, request.Bucket!, prefix, keyMarker, uploadIdMarker.Length == 0 ? "~" : uploadIdMarker, limit + 1);
            },
            http.RequestAborted);
        var truncated = fetched.Count > limit;
        var page = fetched.Take(limit).ToList();
        await S3Xml.WriteAsync(http, S3Xml.Element(
            "ListMultipartUploadsResult",
            S3Xml.Element("Bucket", request.Bucket),
            S3Xml.Element("KeyMarker", encode(keyMarker)),
            S3Xml.Element("UploadIdMarker", uploadIdMarker),
            S3Xml.Optional("NextKeyMarker", truncated ? encode(page[^1].Key) : null),
            S3Xml.Optional("NextUploadIdMarker", truncated ? page[^1].UploadId : null),
            S3Xml.Element("Prefix", encode(prefix)),
            S3Xml.Element("MaxUploads", limit),
            S3Xml.Element("IsTruncated", S3Xml.Bool(truncated)),
            encoding == "url" ? S3Xml.Element("EncodingType", "url") : null,
            page.Select(upload => S3Xml.Element(
                "Upload",
                S3Xml.Element("Key", encode(upload.Key)),
                S3Xml.Element("UploadId", upload.UploadId),
                S3Xml.Element("Initiator", S3Xml.Element("ID", request.Caller.AccountId)),
                S3Xml.Element("Owner", S3Xml.Element("ID", request.Caller.AccountId)),
                S3Xml.Element("StorageClass", "STANDARD"),
                S3Xml.Element("Initiated", S3Xml.Time(upload.Initiated)),
                upload.Algorithm is { } algorithm ? S3Xml.Element("ChecksumAlgorithm", Checksums.WireName(algorithm)) : null,
                S3Xml.Optional("ChecksumType", upload.ChecksumType)))));
    }

    private static string NewUploadId() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>S3's defaults: CRC64NVME uploads are FULL_OBJECT, the others COMPOSITE; SHA checksums cannot be FULL_OBJECT.</summary>
    private static string? ChecksumType(string declared, ChecksumAlgorithm? algorithm)
    {
        if (algorithm is not { } known)
        {
            return declared.Length == 0 ? null : throw S3Errors.InvalidRequest("The x-amz-checksum-type header can only be used with the x-amz-checksum-algorithm header.");
        }

        var type = declared.Length == 0 ? (known == ChecksumAlgorithm.Crc64Nvme ? StoredChecksum.FullObject : StoredChecksum.Composite) : declared.ToUpperInvariant();
        var allowed = type switch
        {
            StoredChecksum.FullObject => Checksums.SupportsFullObjectMultipart(known),
            StoredChecksum.Composite => known != ChecksumAlgorithm.Crc64Nvme,
            _ => false,
        };
        return allowed ? type : throw S3Errors.InvalidRequest($"The {type} checksum type cannot be used with the {Checksums.WireName(known).ToLowerInvariant()} checksum algorithm.");
    }

    private static int PartNumber(IQueryCollection query) =>
        int.TryParse(query["partNumber"], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= MaxPartNumber
            ? number
            : throw S3Errors.InvalidArgument("Part number must be an integer between 1 and 10000, inclusive");

    private static int NonNegative(IQueryCollection query, string name, int fallback, string what) =>
        !query.TryGetValue(name, out var text) ? fallback
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value
        : throw S3Errors.InvalidArgument($"Provided {what} not an integer or within integer range");

    /// <summary><c>bytes=first-last</c> within the source; absent means the whole object.</summary>
    private static (long Start, long Length) CopyRange(string header, long size)
    {
        if (header.Length == 0)
        {
            return (0, size);
        }

        var parts = header.StartsWith("bytes=", StringComparison.Ordinal) ? header[6..].Split('-') : [];
        if (parts.Length == 2
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var last)
            && first <= last && last < size)
        {
            return (first, last - first + 1);
        }

        throw S3Errors.InvalidArgument($"Range specified is not valid for source object of size: {size}");
    }

    /// <summary>FULL_OBJECT: computed while concatenating (and compared with the client's, if sent); COMPOSITE: the checksum of the part checksums, "-N".</summary>
    private static StoredChecksum? ObjectChecksum(UploadRecord upload, IReadOnlyList<PartRecord> parts, ReceivedFile received, IHeaderDictionary headers)
    {
        if (upload.Algorithm is not { } algorithm)
        {
            return null;
        }

        if (upload.ChecksumType == StoredChecksum.FullObject)
        {
            var value = Convert.ToBase64String(received.Checksum!);
            var declared = headers[Checksums.HeaderName(algorithm)].ToString();
            return declared.Length == 0 || declared == value ? new StoredChecksum(algorithm, value, StoredChecksum.FullObject) : throw S3Errors.BadDigest(Checksums.WireName(algorithm));
        }

        if (parts.Any(part => part.Checksum is null))
        {
            return null;
        }

        var combined = Checksums.Compute(algorithm, parts.SelectMany(part => Convert.FromBase64String(part.Checksum!)).ToArray());
        return new StoredChecksum(algorithm, $"{Convert.ToBase64String(combined)}-{parts.Count}", StoredChecksum.Composite);
    }

    private async Task<UploadRecord> LoadUploadAsync(S3Request request)
    {
        var uploadId = request.Http.Request.Query["uploadId"].ToString();
        var key = ObjectKey.Check(request.Key!);
        return await store.ReadAsync(
            async session =>
            {
                await BucketAccess.LoadOwnedAsync(session, request.Bucket!, request.Caller.AccountId);
                return await MultipartRows.FindUploadAsync(session, request.Bucket!, key, uploadId) ?? throw S3Errors.NoSuchUpload();
            },
            request.Http.RequestAborted);
    }

    private Task<PartRecord> CommitPartAsync(string accountId, UploadRecord upload, int partNumber, ReceivedFile received) =>
        catalog.PlaceAsync(received.TempPath, async (session, fileId) =>
        {
            var part = new PartRecord(upload.UploadId, partNumber, fileId, received.Size, received.ETag, received.Checksum is { } value ? Convert.ToBase64String(value) : null, options.Clock.GetUtcNow());
            await BucketAccess.LoadOwnedAsync(session, upload.Bucket, accountId);
            _ = await MultipartRows.FindUploadAsync(session, upload.Bucket, upload.Key, upload.UploadId) ?? throw S3Errors.NoSuchUpload();
            var previous = await MultipartRows.FindPartAsync(session, upload.UploadId, partNumber);
            await StorageQuota.ChargeAsync(session, accountId, part.Size - (previous?.Size ?? 0), options.Quotas);
            await MultipartRows.UpsertPartAsync(session, part);
            return (part, previous is null ? (IReadOnlyList<string>)[] : [previous.FileId]);
        });

    private async Task<ReceivedFile> ConcatenateAsync(IReadOnlyList<PartRecord> parts, ChecksumAlgorithm? algorithm, CancellationToken cancellationToken)
    {
        var opened = new List<FileStream>(parts.Count);
        try
        {
            foreach (var part in parts)
            {
                opened.Add(catalog.Files.TryOpen(part.FileId) ?? throw S3Errors.InvalidPart());
            }

            var sources = opened.Select((stream, index) => new ObjectReceiver.Source(stream, parts[index].Size, ReadToEnd: false)).ToList();
            return await ObjectReceiver.ConcatenateAsync(sources, algorithm, catalog.Files, cancellationToken);
        }
        finally
        {
            foreach (var stream in opened)
            {
                await stream.DisposeAsync();
            }
        }
    }

    /// <summary>A part as the CompleteMultipartUpload document lists it.</summary>
    private sealed record ListedPart(int Number, string ETag, string? Checksum)
    {
        public static ListedPart From(System.Xml.Linq.XElement element, ChecksumAlgorithm? algorithm) => new(
            int.TryParse(S3Xml.ChildValue(element, "PartNumber"), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : throw S3Errors.MalformedXml(),
            S3Xml.ChildValue(element, "ETag") ?? throw S3Errors.MalformedXml(),
            algorithm is { } known ? S3Xml.ChildValue(element, Checksums.XmlName(known)) : null);

        /// <summary>The stored part this entry names; its ETag (and checksum, when listed) must match.</summary>
        public PartRecord Match(IReadOnlyDictionary<int, PartRecord> stored) =>
            stored.TryGetValue(Number, out var part)
            && part.ETag.Trim('"') == ETag.Trim().Trim('"')
            && (Checksum is null || Checksum == part.Checksum)
                ? part
                : throw S3Errors.InvalidPart();
    }
}
