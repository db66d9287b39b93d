using System.Text.Json;
using Cleanroom.Server.Auth;
using Cleanroom.Server.Hosting;
using Cleanroom.Server.Wire.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Cleanroom.Server.Wire.Routing;

/// <summary>
/// Runs after routing for Clean Rooms requests: validates the matched operation's path, query and body against
/// the model, then hands the endpoint an <see cref="ApiCall"/>. Operations Cleanroom does not implement yet
/// skip validation; their endpoint answers that they are not supported.
/// </summary>
internal sealed class ValidationMiddleware(RequestDelegate next, RequestValidator validator)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var metadata = context.GetEndpoint()?.Metadata.GetMetadata<OperationMetadata>()
            ?? throw new ApiException("UnknownOperationException", 404, "The requested operation is not recognized by the service.");
        var body = ParseBody(RequestState.Of(context).Body);
        if (metadata.Implemented)
        {
            var path = context.Request.RouteValues.ToDictionary(
                pair => pair.Key,
                pair => RouteValue(pair.Value),
                StringComparer.Ordinal);
            var query = context.Request.Query.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
            validator.Validate(metadata.Operation, new RequestValues(path, query, body));
        }

        context.Features.Set(new ApiCall(Caller.Of(context), metadata.Operation, body ?? default));
        await next(context);
    }

    /// <summary>Kestrel leaves an encoded '/' in path segments (an ARN label is one segment).</summary>
    public static string RouteValue(object? value) =>
        (value?.ToString() ?? string.Empty).Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);

    private static JsonElement? ParseBody(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw ApiException.Validation("The request body is not valid JSON.", new FieldError("body", "Malformed JSON"));
        }
    }
}
