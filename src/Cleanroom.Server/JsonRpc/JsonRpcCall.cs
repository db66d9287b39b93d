using System.Text.Json;
using Cleanroom.Server.Auth;
using Microsoft.AspNetCore.Http;

namespace Cleanroom.Server.JsonRpc;

/// <summary>One awsJson1.1 request as a handler sees it.</summary>
internal sealed record JsonRpcCall(Caller Caller, string Operation, JsonElement Input, HttpContext Http)
{
    public T Read<T>(JsonSerializerOptions options) =>
        Input.Deserialize<T>(options) ?? throw new JsonException("The request body is empty.");
}
