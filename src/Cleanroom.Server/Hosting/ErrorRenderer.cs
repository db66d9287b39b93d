using System.Text.Json;
using System.Xml.Linq;
using Cleanroom.Server.Wire;
using Microsoft.AspNetCore.Http;

namespace Cleanroom.Server.Hosting;

/// <summary>Writes an <see cref="ApiException"/> in the error envelope of the request's protocol.</summary>
internal static class ErrorRenderer
{
    public static async Task WriteAsync(HttpContext context, ApiException error)
    {
        var state = RequestState.Of(context);
        var response = context.Response;
        response.Clear();
        response.StatusCode = error.Status;
        response.Headers["x-amzn-RequestId"] = state.RequestId;
        response.Headers["x-amz-request-id"] = state.RequestId;
        if (state.Protocol != WireProtocol.S3Xml)
        {
            response.Headers["x-amzn-ErrorType"] = error.Code;
        }

        // An S3 body the handler never read (an early refusal of a large upload; a client that waits on
        // Expect: 100-continue and never sends it) must not be drained or read as the next request on this connection.
        var hasBody = context.Request.ContentLength > 0 || context.Request.Headers.TransferEncoding.Count > 0;
        if (hasBody && (state.Protocol == WireProtocol.S3Xml || context.Request.Headers.Expect.Count > 0))
        {
            response.Headers.Connection = "close";
        }

        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        switch (state.Protocol)
        {
            case WireProtocol.S3Xml:
                response.ContentType = "application/xml";
                var xml = new XDocument(
                    new XDeclaration("1.0", "UTF-8", null),
                    new XElement("Error", new XElement("Code", error.Code), new XElement("Message", error.Message), new XElement("RequestId", state.RequestId)));
                await response.WriteAsync(xml.Declaration + xml.ToString(SaveOptions.DisableFormatting));
                break;
            case WireProtocol.AwsJson:
                response.ContentType = "application/x-amz-json-1.1";
                await JsonSerializer.SerializeAsync(response.Body, new JsonRpcError(error.Code, error.Message), WireJson.CamelCase);
                break;
            default:
                response.ContentType = "application/json";
                await JsonSerializer.SerializeAsync(response.Body, RestJsonError.From(error), WireJson.CamelCase);
                break;
        }
    }

    private sealed record JsonRpcError([property: System.Text.Json.Serialization.JsonPropertyName("__type")] string Type, string Message);

    private sealed record RestJsonError(
        [property: System.Text.Json.Serialization.JsonPropertyName("__type")] string Type,
        string Message,
        string? Reason,
        IReadOnlyList<FieldError>? FieldList,
        string? ResourceId,
        string? ResourceType,
        string? QuotaName,
        double? QuotaValue)
    {
        public static RestJsonError From(ApiException error) => new(
            error.Code,
            error.Message,
            error.Reason,
            error.FieldList is { Count: > 0 } ? error.FieldList : null,
            error.ResourceId,
            error.ResourceType,
            error.QuotaName,
            error.QuotaValue);
    }
}
