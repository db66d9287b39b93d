using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Cleanroom.Server.S3.Objects;

/// <summary>
/// Conditional requests against an object's ETag and Last-Modified (RFC 9110 order: If-Match before
/// If-Unmodified-Since, If-None-Match before If-Modified-Since). For CopyObject the same checks read the
/// <c>x-amz-copy-source-if-*</c> headers and every failure is PreconditionFailed.
/// </summary>
internal static class Preconditions
{
    public enum Outcome
    {
        Proceed,
        NotModified,
    }

    public static Outcome Evaluate(IHeaderDictionary headers, ObjectRecord target, string prefix = "")
    {
        var ifMatch = headers[prefix + "If-Match"].ToString();
        if (ifMatch.Length > 0)
        {
            if (!Matches(ifMatch, target.ETag))
            {
                throw S3Errors.PreconditionFailed();
            }
        }
        else if (Date(headers[prefix + "If-Unmodified-Since"]) is { } unmodifiedSince && Seconds(target.LastModified) > unmodifiedSince)
        {
            throw S3Errors.PreconditionFailed();
        }

        var ifNoneMatch = headers[prefix + "If-None-Match"].ToString();
        if (ifNoneMatch.Length > 0)
        {
            return Matches(ifNoneMatch, target.ETag) ? NotModified(prefix) : Outcome.Proceed;
        }

        return Date(headers[prefix + "If-Modified-Since"]) is { } modifiedSince && Seconds(target.LastModified) <= modifiedSince
            ? NotModified(prefix)
            : Outcome.Proceed;
    }

    private static Outcome NotModified(string prefix) => prefix.Length == 0 ? Outcome.NotModified : throw S3Errors.PreconditionFailed();

    private static bool Matches(string header, string etag) =>
        header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Any(candidate => candidate == "*" || candidate.Trim('"') == etag.Trim('"'));

    private static DateTimeOffset? Date(Microsoft.Extensions.Primitives.StringValues value) =>
        DateTimeOffset.TryParse(value.ToString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;

    /// <summary>HTTP dates have whole seconds; stored times have milliseconds.</summary>
    private static DateTimeOffset Seconds(DateTimeOffset time) => DateTimeOffset.FromUnixTimeSeconds(time.ToUnixTimeSeconds());
}
