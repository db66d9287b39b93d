using System.Globalization;
using System.Xml.Linq;
using Cleanroom.Server.Auth;
using Cleanroom.Server.S3.Buckets;
using Cleanroom.Server.S3.Objects;
using Cleanroom.Server.S3.Payload;
using Cleanroom.Server.Store;
using Microsoft.AspNetCore.Http;

namespace Cleanroom.Server.S3.Listing;

/// <summary>ListObjectsV2 and ListObjects (version 1): prefix, delimiter, max-keys, start-after / marker, continuation, URL encoding.</summary>
internal sealed class ListingEndpoints(MetadataStore store)
{
    private const int MaxKeysLimit = 1000;

    public async Task ListV2Async(S3Request request)
    {
        var query = request.Http.Request.Query;
        var parameters = ListingParameters.From(query);
        var startAfter = Optional(query, "start-after");
        var continuation = Optional(query, "continuation-token");
        var after = continuation is not null ? ListingPosition.FromToken(continuation) : startAfter is null ? null : ListingPosition.AfterKey(startAfter);
        var page = await ListAsync(request, parameters, after);
        var encode = parameters.Encoder;
        await S3Xml.WriteAsync(request.Http, S3Xml.Element(
            "ListBucketResult",
            S3Xml.Element("Name", request.Bucket),
            S3Xml.Element("Prefix", encode(parameters.Prefix)),
            S3Xml.Optional("Delimiter", parameters.Delimiter is null ? null : encode(parameters.Delimiter)),
            S3Xml.Element("MaxKeys", parameters.MaxKeys),
            S3Xml.Optional("EncodingType", parameters.EncodingType),
            S3Xml.Element("KeyCount", page.Objects.Count + page.CommonPrefixes.Count),
            S3Xml.Element("IsTruncated", S3Xml.Bool(page.IsTruncated)),
            S3Xml.Optional("ContinuationToken", continuation),
            S3Xml.Optional("NextContinuationToken", page.IsTruncated ? page.Last?.ToToken() : null),
            S3Xml.Optional("StartAfter", startAfter is null ? null : encode(startAfter)),
            Contents(page, encode, query["fetch-owner"] == "true" ? request.Caller.AccountId : null),
            CommonPrefixes(page, encode)));
    }

    public async Task ListV1Async(S3Request request)
    {
        var query = request.Http.Request.Query;
        var parameters = ListingParameters.From(query);
        var marker = Optional(query, "marker");
        var page = await ListAsync(request, parameters, marker is null ? null : MarkerPosition(marker, parameters));
        var nextMarker = page.IsTruncated && parameters.Delimiter is not null ? page.Last?.Value : null;
        var encode = parameters.Encoder;
        await S3Xml.WriteAsync(request.Http, S3Xml.Element(
            "ListBucketResult",
            S3Xml.Element("Name", request.Bucket),
            S3Xml.Element("Prefix", encode(parameters.Prefix)),
            S3Xml.Element("Marker", encode(marker ?? string.Empty)),
            S3Xml.Optional("NextMarker", nextMarker is null ? null : encode(nextMarker)),
            S3Xml.Optional("Delimiter", parameters.Delimiter is null ? null : encode(parameters.Delimiter)),
            S3Xml.Element("MaxKeys", parameters.MaxKeys),
            S3Xml.Optional("EncodingType", parameters.EncodingType),
            S3Xml.Element("IsTruncated", S3Xml.Bool(page.IsTruncated)),
            Contents(page, encode, request.Caller.AccountId),
            CommonPrefixes(page, encode)));
    }

    private Task<ListingPage> ListAsync(S3Request request, ListingParameters parameters, ListingPosition? after) =>
        store.ReadAsync(
            async session =>
            {
                await BucketAccess.LoadOwnedAsync(session, request.Bucket!, request.Caller.AccountId);
                return parameters.MaxKeys == 0
                    ? new ListingPage([], [], false, null)
                    : await ObjectListing.ListAsync(session, request.Bucket!, parameters.Prefix, parameters.Delimiter, after, parameters.MaxKeys);
            },
            request.Http.RequestAborted);

    /// <summary>
    /// Version 1 resumes from a key (NextMarker is the last key or common prefix). A marker inside a common prefix
    /// means that prefix was already returned, so the listing resumes after all of it.
    /// </summary>
    private static ListingPosition MarkerPosition(string marker, ListingParameters parameters)
    {
        var at = parameters.Delimiter is null || !marker.StartsWith(parameters.Prefix, StringComparison.Ordinal)
            ? -1
            : marker.IndexOf(parameters.Delimiter, parameters.Prefix.Length, StringComparison.Ordinal);
        return at < 0 ? ListingPosition.AfterKey(marker) : new ListingPosition(marker[..(at + parameters.Delimiter!.Length)], true);
    }

    private static IEnumerable<XElement> Contents(ListingPage page, Func<string, string> encode, string? owner) =>
        page.Objects.Select(item => S3Xml.Element(
            "Contents",
            S3Xml.Element("Key", encode(item.Key)),
            S3Xml.Element("LastModified", S3Xml.Time(item.LastModified)),
            S3Xml.Element("ETag", item.ETag),
            item.Checksum is null ? null : S3Xml.Element("ChecksumAlgorithm", Checksums.WireName(item.Checksum.Algorithm)),
            item.Checksum is null ? null : S3Xml.Element("ChecksumType", item.Checksum.Type),
            S3Xml.Element("Size", item.Size),
            owner is null ? null : S3Xml.Element("Owner", S3Xml.Element("ID", owner)),
            S3Xml.Element("StorageClass", "STANDARD")));

    private static IEnumerable<XElement> CommonPrefixes(ListingPage page, Func<string, string> encode) =>
        page.CommonPrefixes.Select(prefix => S3Xml.Element("CommonPrefixes", S3Xml.Element("Prefix", encode(prefix))));

    private static string? Optional(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var value) ? value.ToString() : null;

    /// <summary>The parameters both list versions share.</summary>
    private sealed record ListingParameters(string Prefix, string? Delimiter, int MaxKeys, string? EncodingType)
    {
        public Func<string, string> Encoder => EncodingType is null ? value => value : value => CanonicalRequest.Encode(value, keepSlash: true);

        public static ListingParameters From(IQueryCollection query)
        {
            var maxKeys = MaxKeysLimit;
            if (Optional(query, "max-keys") is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out maxKeys) || maxKeys < 0))
            {
                throw S3Errors.InvalidArgument("Provided max-keys not an integer or within integer range");
            }

            var encoding = Optional(query, "encoding-type");
            if (encoding is not (null or "url"))
            {
                throw S3Errors.InvalidArgument("Invalid Encoding Method specified in Request");
            }

            var delimiter = Optional(query, "delimiter");
            return new ListingParameters(Optional(query, "prefix") ?? string.Empty, string.IsNullOrEmpty(delimiter) ? null : delimiter, Math.Min(maxKeys, MaxKeysLimit), encoding);
        }
    }
}
