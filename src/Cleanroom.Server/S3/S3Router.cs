using Cleanroom.Server.Hosting;
using Cleanroom.Server.S3.Buckets;
using Cleanroom.Server.S3.Listing;
using Cleanroom.Server.S3.Multipart;
using Cleanroom.Server.S3.Objects;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Cleanroom.Server.S3;

/// <summary>
/// The object store behind the <see cref="S3Handler"/> seam: picks the operation from the method, the path
/// (bucket, key) and the sub-resource in the query string. Sub-resources Cleanroom does not implement (ACLs,
/// policies, tagging, versioning, …) answer NotImplemented rather than being mistaken for a plain GET or PUT.
/// </summary>
internal sealed class S3Router(BucketEndpoints buckets, ObjectEndpoints objects, MultipartEndpoints multipart, ListingEndpoints listing)
{
    /// <summary>Query parameters of the implemented operations (and of presigned URLs); any other means an unsupported sub-resource.</summary>
    private static readonly HashSet<string> KnownParameters = new(StringComparer.Ordinal)
    {
        "list-type", "prefix", "delimiter", "continuation-token", "max-keys", "start-after", "fetch-owner", "encoding-type", "marker",
        "uploads", "uploadId", "partNumber", "part-number-marker", "max-parts", "key-marker", "upload-id-marker", "max-uploads",
        "delete", "location", "versionId", "x-id", "max-buckets", "bucket-region",
        "response-content-type", "response-content-language", "response-expires", "response-cache-control",
        "response-content-disposition", "response-content-encoding",
    };

    public Task HandleAsync(S3Request request)
    {
        var http = request.Http;
        http.Response.Headers["x-amz-request-id"] = RequestState.Of(http).RequestId;

        // Kestrel's default 30 MB request limit would cut uploads short; S3 bodies are bounded by the declared
        // length checked against the object-size limit, and XML bodies by their own caps.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = null;
        }

        var query = http.Request.Query;
        if (query.Keys.FirstOrDefault(name => !KnownParameters.Contains(name) && !name.StartsWith("X-Amz-", StringComparison.Ordinal)) is { } unsupported)
        {
            throw S3Errors.NotImplemented($"The '{unsupported}' sub-resource");
        }

        var method = http.Request.Method;
        var copy = CopySource.IsPresent(http.Request);
        return (request.Bucket, request.Key, method) switch
        {
            (null, _, "GET") => buckets.ListAsync(request),
            (null, _, _) => throw S3Errors.MethodNotAllowed(),
            (_, null, "PUT") => buckets.CreateAsync(request),
            (_, null, "HEAD") => buckets.HeadAsync(request),
            (_, null, "DELETE") => buckets.DeleteAsync(request),
            (_, null, "GET") when query.ContainsKey("location") => buckets.LocationAsync(request),
            (_, null, "GET") when query.ContainsKey("uploads") => multipart.ListUploadsAsync(request),
            (_, null, "GET") when query["list-type"] == "2" => listing.ListV2Async(request),
            (_, null, "GET") => listing.ListV1Async(request),
            (_, null, "POST") when query.ContainsKey("delete") => objects.DeleteManyAsync(request),
            (_, { }, "PUT") when query.ContainsKey("uploadId") => copy ? multipart.UploadPartCopyAsync(request) : multipart.UploadPartAsync(request),
            (_, { }, "PUT") => copy ? objects.CopyAsync(request) : objects.PutAsync(request),
            (_, { }, "GET") when query.ContainsKey("uploadId") => multipart.ListPartsAsync(request),
            (_, { }, "GET") => objects.GetAsync(request, head: false),
            (_, { }, "HEAD") => objects.GetAsync(request, head: true),
            (_, { }, "DELETE") when query.ContainsKey("uploadId") => multipart.AbortAsync(request),
            (_, { }, "DELETE") => objects.DeleteAsync(request),
            (_, { }, "POST") when query.ContainsKey("uploads") => multipart.CreateAsync(request),
            (_, { }, "POST") when query.ContainsKey("uploadId") => multipart.CompleteAsync(request),
            _ => throw S3Errors.MethodNotAllowed(),
        };
    }
}
