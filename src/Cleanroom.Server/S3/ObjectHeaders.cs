using System.Text;
using Microsoft.AspNetCore.Http;

namespace Cleanroom.Server.S3;

/// <summary>
/// The representation headers and user metadata (<c>x-amz-meta-*</c>) stored with an object and returned on
/// GET/HEAD. <c>aws-chunked</c> is a transfer detail and is removed from Content-Encoding.
/// </summary>
internal sealed record ObjectHeaders(
    string ContentType,
    string? ContentEncoding,
    string? ContentDisposition,
    string? ContentLanguage,
    string? CacheControl,
    string? Expires,
    IReadOnlyDictionary<string, string> Metadata)
{
    public const string DefaultContentType = "binary/octet-stream";
    private const string MetadataPrefix = "x-amz-meta-";
    private const int MaxMetadataBytes = 2048;

    public static ObjectHeaders From(IHeaderDictionary headers, string? contentTypeFallback = null)
    {
        var metadata = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in headers)
        {
            if (name.StartsWith(MetadataPrefix, StringComparison.OrdinalIgnoreCase) && name.Length > MetadataPrefix.Length)
            {
                metadata[name[MetadataPrefix.Length..].ToLowerInvariant()] = value.ToString();
            }
        }

        if (metadata.Sum(pair => Encoding.UTF8.GetByteCount(pair.Key) + Encoding.UTF8.GetByteCount(pair.Value)) > MaxMetadataBytes)
        {
            throw S3Errors.MetadataTooLarge();
        }

        var encodings = headers.ContentEncoding.ToString()
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(encoding => !encoding.Equals("aws-chunked", StringComparison.OrdinalIgnoreCase))
            .ToArray();
        return new ObjectHeaders(
            Value(headers.ContentType) ?? contentTypeFallback ?? DefaultContentType,
            encodings.Length == 0 ? null : string.Join(',', encodings),
            Value(headers.ContentDisposition),
            Value(headers.ContentLanguage),
            Value(headers.CacheControl),
            Value(headers.Expires),
            metadata);
    }

    /// <summary>Writes the headers; <c>response-*</c> query parameters (as presigned URLs use) override them.</summary>
    public void WriteTo(HttpResponse response, IQueryCollection query)
    {
        var headers = response.Headers;
        headers.ContentType = Override(query, "response-content-type") ?? ContentType;
        Set(headers, "Content-Encoding", Override(query, "response-content-encoding") ?? ContentEncoding);
        Set(headers, "Content-Disposition", Override(query, "response-content-disposition") ?? ContentDisposition);
        Set(headers, "Content-Language", Override(query, "response-content-language") ?? ContentLanguage);
        Set(headers, "Cache-Control", Override(query, "response-cache-control") ?? CacheControl);
        Set(headers, "Expires", Override(query, "response-expires") ?? Expires);
        foreach (var (name, value) in Metadata)
        {
            headers[MetadataPrefix + name] = Ascii(value);
        }
    }

    private static string? Value(Microsoft.Extensions.Primitives.StringValues value) => value.Count == 0 || value.ToString().Length == 0 ? null : value.ToString();

    private static string? Override(IQueryCollection query, string name) => query.TryGetValue(name, out var value) && value.ToString().Length > 0 ? value.ToString() : null;

    private static void Set(IHeaderDictionary headers, string name, string? value)
    {
        if (value is not null)
        {
            headers[name] = Ascii(value);
        }
    }

    /// <summary>Non-ASCII values are sent RFC 2047-encoded, as S3 does (HTTP header values are ASCII).</summary>
    private static string Ascii(string value) =>
        value.All(char.IsAscii) ? value : $"=?UTF-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(value))}?=";
}
