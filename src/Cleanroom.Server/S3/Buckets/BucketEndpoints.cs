using System.Globalization;
using Cleanroom.Server.S3.Payload;
using Cleanroom.Server.Store;
using Microsoft.AspNetCore.Http;

namespace Cleanroom.Server.S3.Buckets;

/// <summary>CreateBucket, HeadBucket, DeleteBucket, ListBuckets and GetBucketLocation.</summary>
internal sealed class BucketEndpoints(MetadataStore store, ServerOptions options)
{
    private const int ConfigurationBodyLimit = 64 * 1024;
    private const int MaxBucketsPerPage = 10000;

    public async Task CreateAsync(S3Request request)
    {
        var name = request.Bucket!;
        if (!BucketName.IsValid(name))
        {
            throw S3Errors.InvalidBucketName();
        }

        var body = await UploadBody.ReadSmallAsync(request, ConfigurationBodyLimit);
        if (body.Length > 0)
        {
            var constraint = S3Xml.ChildValue(S3Xml.Parse(body), "LocationConstraint");
            if (!string.IsNullOrEmpty(constraint) && constraint != options.Region)
            {
                throw S3Errors.IllegalLocationConstraint(options.Region);
            }
        }

        var account = request.Caller.AccountId;
        await store.WriteAsync(
            async session =>
            {
                if (await BucketRows.FindAsync(session, name) is { } existing)
                {
                    throw existing.AccountId == account ? S3Errors.BucketAlreadyOwnedByYou() : S3Errors.BucketAlreadyExists();
                }

                await BucketRows.InsertAsync(session, new BucketRecord(name, account, options.Region, options.Clock.GetUtcNow()));
            },
            request.Http.RequestAborted);
        request.Http.Response.StatusCode = StatusCodes.Status200OK;
        request.Http.Response.Headers.Location = "/" + name;
    }

    public async Task HeadAsync(S3Request request)
    {
        var bucket = await BucketAccess.LoadOwnedAsync(store, request.Bucket!, request.Caller.AccountId, request.Http.RequestAborted);
        request.Http.Response.StatusCode = StatusCodes.Status200OK;
        request.Http.Response.Headers["x-amz-bucket-region"] = bucket.Region;
    }

    public async Task DeleteAsync(S3Request request)
    {
        await store.WriteAsync(
            async session =>
            {
                var bucket = await BucketAccess.LoadOwnedAsync(session, request.Bucket!, request.Caller.AccountId);
                if (!await BucketRows.IsEmptyAsync(session, bucket.Name))
                {
                    throw S3Errors.BucketNotEmpty();
                }

                await BucketRows.DeleteAsync(session, bucket.Name);
            },
            request.Http.RequestAborted);
        request.Http.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    public async Task LocationAsync(S3Request request)
    {
        var bucket = await BucketAccess.LoadOwnedAsync(store, request.Bucket!, request.Caller.AccountId, request.Http.RequestAborted);

        // S3 reports us-east-1 as an empty constraint.
        await S3Xml.WriteAsync(request.Http, S3Xml.Element("LocationConstraint", bucket.Region == "us-east-1" ? null : bucket.Region));
    }

    /// <summary>Only the caller's buckets; <c>prefix</c>, <c>max-buckets</c> and <c>continuation-token</c> page through them.</summary>
    public async Task ListAsync(S3Request request)
    {
        var query = request.Http.Request.Query;
        var prefix = query["prefix"].ToString();
        var token = query["continuation-token"].ToString();
        var limit = MaxBucketsPerPage;
        if (query.TryGetValue("max-buckets", out var text)
            && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxBucketsPerPage))
        {
            throw S3Errors.InvalidArgument("max-buckets must be between 1 and 10000");
        }

        var after = token.Length == 0 ? string.Empty : Listing.ListingPosition.FromToken(token).Value;
        var account = request.Caller.AccountId;
        var buckets = await store.ReadAsync(session => BucketRows.ListAsync(session, account, prefix, after, limit + 1), request.Http.RequestAborted);
        var more = buckets.Count > limit;
        var page = buckets.Take(limit).ToList();
        await S3Xml.WriteAsync(request.Http, S3Xml.Element(
            "ListAllMyBucketsResult",
            S3Xml.Element("Owner", S3Xml.Element("ID", account), S3Xml.Element("DisplayName", account)),
            S3Xml.Element("Buckets", page.Select(bucket => S3Xml.Element(
                "Bucket",
                S3Xml.Element("Name", bucket.Name),
                S3Xml.Element("CreationDate", S3Xml.Time(bucket.CreateTime)),
                S3Xml.Element("BucketRegion", bucket.Region)))),
            S3Xml.Optional("ContinuationToken", more ? Listing.ListingPosition.AfterKey(page[^1].Name).ToToken() : null),
            S3Xml.Optional("Prefix", prefix.Length == 0 ? null : prefix)));
    }
}
