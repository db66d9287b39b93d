using System.Text;
using Microsoft.AspNetCore.Http;

namespace Cleanroom.Server.Auth;

/// <summary>
/// Builds the SigV4 canonical request from what arrived on the wire (the raw request target, not the decoded path).
/// S3 signs the path as sent; every other service normalises it and percent-encodes it once more.
/// </summary>
internal static class CanonicalRequest
{
    public static string Build(HttpRequest request, string rawTarget, bool isS3, IReadOnlyList<string> signedHeaders, string payloadHash, bool presigned = false)
    {
        var queryStart = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var path = queryStart < 0 ? rawTarget : rawTarget[..queryStart];
        var query = queryStart < 0 ? string.Empty : rawTarget[(queryStart + 1)..];
        var builder = new StringBuilder();
        builder.Append(request.Method.ToUpperInvariant()).Append('\n');
        builder.Append(isS3 ? (path.Length == 0 ? "/" : path) : Encode(NormalizePath(path), keepSlash: true)).Append('\n');
        builder.Append(CanonicalQuery(query, presigned)).Append('\n');
        foreach (var name in signedHeaders)
        {
            builder.Append(name).Append(':').Append(HeaderValue(request, name)).Append('\n');
        }

        builder.Append('\n');
        builder.Append(string.Join(';', signedHeaders)).Append('\n');
        builder.Append(payloadHash);
        return builder.ToString();
    }

    /// <summary>RFC 3986 percent-encoding of UTF-8 bytes; only unreserved characters (and '/' for paths) stay literal.</summary>
    public static string Encode(string value, bool keepSlash)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~' || (keepSlash && c == '/'))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>Sorted, re-encoded query parameters; a presigned URL's own signature is not part of what it signs.</summary>
    private static string CanonicalQuery(string query, bool presigned)
    {
        var pairs = new List<(string Key, string Value)>();
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? pair : pair[..equals];
            var value = equals < 0 ? string.Empty : pair[(equals + 1)..];
            var name = Uri.UnescapeDataString(key);
            if (presigned && name == AuthorizationHeader.SignatureParameter)
            {
                continue;
            }

            pairs.Add((Encode(name, keepSlash: false), Encode(Uri.UnescapeDataString(value), keepSlash: false)));
        }

        return string.Join('&', pairs
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .ThenBy(pair => pair.Value, StringComparer.Ordinal)
            .Select(pair => $"{pair.Key}={pair.Value}"));
    }

    private static string HeaderValue(HttpRequest request, string name)
    {
        var values = name == "host" ? [request.Headers.Host.ToString()] : request.Headers[name].ToArray();
        return string.Join(',', values.Select(value => string.Join(' ', (value ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))));
    }

    /// <summary>Removes dot segments and empty segments, keeping a trailing slash (as the SDKs do before signing).</summary>
    private static string NormalizePath(string rawPath)
    {
        if (rawPath.Length == 0)
        {
            return "/";
        }

        var output = new List<string>();
        foreach (var segment in rawPath.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (output.Count > 0)
                {
                    output.RemoveAt(output.Count - 1);
                }

                continue;
            }

            output.Add(segment);
        }

        var trailing = rawPath.EndsWith('/') && output.Count > 0 ? "/" : string.Empty;
        return "/" + string.Join('/', output) + trailing;
    }
}
