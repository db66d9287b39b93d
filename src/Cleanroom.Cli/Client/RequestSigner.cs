using System.Globalization;
using System.Text;
using Cleanroom.Server.Auth;

namespace Cleanroom.Cli.Client;

/// <summary>
/// Signs a request with SigV4 in the Authorization header, as the AWS SDKs do, using the server's own signing
/// primitives. Every header the request carries is signed (the server insists on all <c>x-amz-*</c> ones); S3 signs
/// the path as sent, the other services sign it percent-encoded once more.
/// </summary>
internal static class RequestSigner
{
    public static void Sign(HttpRequestMessage request, ReadOnlySpan<byte> payload, AccessKey key, string region, string service, DateTimeOffset now)
    {
        var uri = request.RequestUri ?? throw new ArgumentException("The request has no URI.", nameof(request));
        var amzDate = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var payloadHash = SigV4.Hash(payload);
        request.Headers.Host = uri.Authority;
        request.Headers.Add("x-amz-date", amzDate);
        request.Headers.Add("x-amz-content-sha256", payloadHash);

        var headers = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in request.Headers)
        {
            headers[name.ToLowerInvariant()] = string.Join(',', values);
        }

        if (request.Content?.Headers.ContentType is { } contentType)
        {
            headers["content-type"] = contentType.ToString();
        }

        var path = uri.AbsolutePath.Length == 0 ? "/" : uri.AbsolutePath;
        var canonical = new StringBuilder()
            .Append(request.Method.Method).Append('\n')
            .Append(service == "s3" ? path : CanonicalRequest.Encode(path, keepSlash: true)).Append('\n')
            .Append(CanonicalQuery(uri.Query)).Append('\n');
        foreach (var (name, value) in headers)
        {
            canonical.Append(name).Append(':').Append(value.Trim()).Append('\n');
        }

        var signedHeaders = string.Join(';', headers.Keys);
        canonical.Append('\n').Append(signedHeaders).Append('\n').Append(payloadHash);

        var date = amzDate[..8];
        var scope = $"{date}/{region}/{service}/aws4_request";
        var signature = SigV4.Sign(SigV4.SigningKey(key.Secret, date, region, service), SigV4.StringToSign(amzDate, scope, canonical.ToString()));
        request.Headers.TryAddWithoutValidation(
            "Authorization",
            $"{AuthorizationHeader.Algorithm} Credential={key.Id}/{scope}, SignedHeaders={signedHeaders}, Signature={signature}");
    }

    /// <summary>The query's pairs, already percent-encoded by the caller, in byte order.</summary>
    private static string CanonicalQuery(string query) => string.Join('&', query.TrimStart('?')
        .Split('&', StringSplitOptions.RemoveEmptyEntries)
        .Select(pair => pair.Contains('=', StringComparison.Ordinal) ? pair : pair + "=")
        .Order(StringComparer.Ordinal));
}
