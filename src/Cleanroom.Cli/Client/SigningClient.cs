using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Xml.Linq;
using Cleanroom.Server.Auth;

namespace Cleanroom.Cli.Client;

/// <summary>
/// One account's client for the four APIs on a Cleanroom endpoint, over plain HTTP with SigV4 — the path the aws
/// CLI takes: Clean Rooms (restJson1), Glue and CloudWatch Logs (awsJson1.1), and S3 (path-style).
/// </summary>
internal sealed class SigningClient(HttpClient http, Uri endpoint, AccessKey key, string region)
{
    private static readonly MediaTypeHeaderValue RestJson = new("application/json");
    private static readonly MediaTypeHeaderValue AwsJson = new("application/x-amz-json-1.1");

    // Optional members are left out rather than sent as null, as the SDKs do.
    private static readonly JsonSerializerOptions Wire = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>A Clean Rooms operation: <paramref name="path"/> is already percent-encoded.</summary>
    public Task<JsonNode> CleanRoomsAsync(string operation, HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        var payload = body is null ? [] : JsonSerializer.SerializeToUtf8Bytes(body, Wire);
        var request = new HttpRequestMessage(method, new Uri(endpoint, path));
        if (body is not null)
        {
            request.Content = new ByteArrayContent(payload) { Headers = { ContentType = RestJson } };
        }

        return SendJsonAsync(operation, request, payload, "cleanrooms", cancellationToken);
    }

    /// <summary>A Glue or Logs operation: <paramref name="target"/> is the X-Amz-Target, e.g. <c>AWSGlue.CreateTable</c>.</summary>
    public Task<JsonNode> JsonRpcAsync(string service, string target, object body, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(body, Wire);
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new ByteArrayContent(payload) { Headers = { ContentType = AwsJson } },
        };
        request.Headers.Add("X-Amz-Target", target);
        return SendJsonAsync(target[(target.IndexOf('.', StringComparison.Ordinal) + 1)..], request, payload, service, cancellationToken);
    }

    public async Task CreateBucketAsync(string bucket, CancellationToken cancellationToken)
    {
        using var response = await SendS3Async("CreateBucket", HttpMethod.Put, bucket, objectKey: null, content: null, cancellationToken);
    }

    public async Task PutObjectAsync(string bucket, string objectKey, byte[] content, string contentType, CancellationToken cancellationToken)
    {
        var body = new ByteArrayContent(content) { Headers = { ContentType = new MediaTypeHeaderValue(contentType) } };
        using var response = await SendS3Async("PutObject", HttpMethod.Put, bucket, objectKey, body, cancellationToken);
    }

    public async Task<byte[]> GetObjectAsync(string bucket, string objectKey, CancellationToken cancellationToken)
    {
        using var response = await SendS3Async("GetObject", HttpMethod.Get, bucket, objectKey, content: null, cancellationToken);
        return await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    private async Task<JsonNode> SendJsonAsync(string operation, HttpRequestMessage request, byte[] payload, string service, CancellationToken cancellationToken)
    {
        using (request)
        {
            RequestSigner.Sign(request, payload, key, region, service, DateTimeOffset.UtcNow);
            using var response = await http.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw JsonError(operation, response, text);
            }

            return string.IsNullOrWhiteSpace(text) ? new JsonObject() : JsonNode.Parse(text) ?? new JsonObject();
        }
    }

    private async Task<HttpResponseMessage> SendS3Async(string operation, HttpMethod method, string bucket, string? objectKey, HttpContent? content, CancellationToken cancellationToken)
    {
        var path = "/" + CanonicalRequest.Encode(bucket, keepSlash: false) + (objectKey is null ? string.Empty : "/" + CanonicalRequest.Encode(objectKey, keepSlash: true));
        using var request = new HttpRequestMessage(method, new Uri(endpoint, path)) { Content = content };
        var payload = content is null ? [] : await content.ReadAsByteArrayAsync(cancellationToken);
        RequestSigner.Sign(request, payload, key, region, "s3", DateTimeOffset.UtcNow);
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var error = TryParseXml(text)?.Root;
            throw new AwsCallException(
                operation,
                error?.Element("Code")?.Value ?? ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture),
                error?.Element("Message")?.Value ?? response.ReasonPhrase ?? "no message");
        }
    }

    /// <summary>restJson1 names the error in x-amzn-ErrorType, awsJson1.1 in <c>__type</c>; both carry <c>message</c>.</summary>
    private static AwsCallException JsonError(string operation, HttpResponseMessage response, string text)
    {
        JsonNode? body = null;
        try
        {
            body = string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's error page, say): the status is all there is.
        }

        var type = response.Headers.TryGetValues("x-amzn-ErrorType", out var values) ? values.First() : (string?)body?["__type"];
        var code = (type ?? ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)).Split(':')[0].Split('#')[^1];
        var message = (string?)body?["message"] ?? (string?)body?["Message"] ?? response.ReasonPhrase ?? "no message";
        return new AwsCallException(operation, code, message.ReplaceLineEndings(" "));
    }

    private static XDocument? TryParseXml(string text)
    {
        try
        {
            return string.IsNullOrWhiteSpace(text) ? null : XDocument.Parse(text);
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }
}
