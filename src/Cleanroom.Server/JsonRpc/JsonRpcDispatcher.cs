using System.Text.Json;
using Cleanroom.Server.Auth;
using Cleanroom.Server.Hosting;
using Cleanroom.Server.Wire;
using Microsoft.AspNetCore.Http;

namespace Cleanroom.Server.JsonRpc;

/// <summary>Serves awsJson1.1: <c>POST /</c>, operation named by <c>X-Amz-Target</c>, JSON in and out.</summary>
internal static class JsonRpcDispatcher
{
    public const string ContentType = "application/x-amz-json-1.1";

    public static async Task HandleAsync(HttpContext context, JsonRpcTargets targets)
    {
        var caller = Caller.Of(context);
        var service = JsonRpcTargets.ServiceOf(caller.Service) ?? throw new InvalidOperationException($"{caller.Service} is not a JSON-RPC service.");
        var target = context.Request.Headers["X-Amz-Target"].ToString();
        if (!HttpMethods.IsPost(context.Request.Method) || context.Request.Path.Value is not ("/" or ""))
        {
            throw new ApiException("UnknownOperationException", 400, "JSON-RPC requests are POST / with an X-Amz-Target header.");
        }

        if (!target.StartsWith(service.TargetPrefix + ".", StringComparison.Ordinal) || !targets.TryFind(target, out var entry))
        {
            throw new ApiException("UnknownOperationException", 400, target.Length == 0
                ? "The X-Amz-Target header is missing."
                : $"The operation {target} is not supported by this endpoint.");
        }

        var body = RequestState.Of(context).Body;
        JsonElement input;
        try
        {
            input = body.Length == 0 ? JsonDocument.Parse("{}").RootElement : JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException)
        {
            throw new ApiException("SerializationException", 400, "The request body is not valid JSON.");
        }

        var operation = target[(service.TargetPrefix.Length + 1)..];
        var result = await entry.Handler(new JsonRpcCall(caller, operation, input, context));
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = ContentType;
        await JsonSerializer.SerializeAsync(context.Response.Body, result, result.GetType(), entry.Service.Json, context.RequestAborted);
    }
}
