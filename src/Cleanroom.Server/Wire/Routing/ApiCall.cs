using System.Reflection;
using System.Text.Json;
using Cleanroom.Server.Auth;
using Cleanroom.Server.Wire.Model;
using Microsoft.AspNetCore.Http;

namespace Cleanroom.Server.Wire.Routing;

/// <summary>
/// A validated Clean Rooms call: who calls, which operation, and the JSON body. Handlers take it as a
/// parameter (minimal APIs bind it with <see cref="BindAsync"/>).
/// </summary>
internal sealed record ApiCall(Caller Caller, OperationModel Operation, JsonElement Body)
{
    public string AccountId => Caller.AccountId;

    public static ValueTask<ApiCall?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        ValueTask.FromResult<ApiCall?>(context.Features.Get<ApiCall>() ?? throw new InvalidOperationException("The call was not validated."));

    /// <summary>
    /// The error an account gets for a resource it may not see, identical to the one for an id that does not
    /// exist: ResourceNotFoundException if the operation declares it, AccessDeniedException otherwise.
    /// </summary>
    public ApiException Hidden(string resourceType, string resourceId)
    {
        var noun = resourceType.ToLowerInvariant().Replace('_', ' ');
        return Operation.Declares("ResourceNotFoundException")
            ? ApiException.NotFound($"The {noun} does not exist or you do not have access to it.", resourceId, resourceType)
            : ApiException.AccessDenied($"The {noun} does not exist or you do not have access to it.");
    }

    /// <summary>The body as the operation's input record (already validated against the model).</summary>
    public T Input<T>()
    {
        try
        {
            return Body.ValueKind == JsonValueKind.Object
                ? Body.Deserialize<T>(WireJson.CamelCase) ?? throw new JsonException("empty")
                : JsonDocument.Parse("{}").RootElement.Deserialize<T>(WireJson.CamelCase)!;
        }
        catch (JsonException)
        {
            throw ApiException.Validation("The request body does not match the operation's input.");
        }
    }
}
