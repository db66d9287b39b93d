using System.Text;
using System.Text.Json;
using Cleanroom.Server.JsonRpc;
using Cleanroom.Server.Wire;

namespace Cleanroom.Server.QueryLogs;

/// <summary>Reading Logs requests: typed input, bounded limits and the opaque tokens of the list operations.</summary>
internal static class LogRequests
{
    public static T Read<T>(JsonRpcCall call)
    {
        try
        {
            return call.Read<T>(WireJson.CamelCase);
        }
        catch (JsonException)
        {
            throw new ApiException("SerializationException", 400, "The request body does not match the operation's input shape.");
        }
    }

    public static int Limit(int? value, int max, int fallback) =>
        value is null ? fallback
        : value >= 1 && value <= max ? value.Value
        : throw LogsErrors.InvalidParameter($"1 validation error detected: Value '{value}' at 'limit' failed to satisfy constraint: Member must have value between 1 and {max}");

    public static string Token(string value) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(value)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string FromToken(string token)
    {
        var text = token.Replace('-', '+').Replace('_', '/');
        text = text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '=');
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) && written > 0
            ? Encoding.UTF8.GetString(buffer, 0, written)
            : throw LogsErrors.InvalidToken();
    }
}
