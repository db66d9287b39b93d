using Cleanroom.Server.Auth;
using Microsoft.AspNetCore.Http;

namespace Cleanroom.Server.S3;

/// <summary>
/// A path-style S3 request (<c>/bucket/key</c>) after SigV4 verification. <see cref="Caller"/>.Signing carries
/// the declared payload hash and what is needed to verify <c>aws-chunked</c> chunk signatures; a body with a
/// declared SHA-256 is already wrapped so that reading it to the end verifies the hash.
/// </summary>
internal sealed record S3Request(HttpContext Http, Caller Caller, string? Bucket, string? Key)
{
    public static S3Request From(HttpContext context, string rawPath)
    {
        var path = rawPath.TrimStart('/');
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        var bucket = slash < 0 ? path : path[..slash];
        var key = slash < 0 ? null : Uri.UnescapeDataString(path[(slash + 1)..]);
        return new S3Request(context, Caller.Of(context), bucket.Length == 0 ? null : Uri.UnescapeDataString(bucket), string.IsNullOrEmpty(key) ? null : key);
    }
}
