using System.Text.Json;
using Cleanroom.Server.Wire;

namespace Cleanroom.Server.Store;

/// <summary>Structured values kept as JSON text columns, stored exactly as they will be echoed on the wire.</summary>
internal static class JsonColumn
{
    public static string? Write<T>(T? value) => value is null ? null : JsonSerializer.Serialize(value, WireJson.CamelCase);

    public static string? Write(JsonElement? value) => value?.GetRawText();

    public static T? Read<T>(string? text) => text is null ? default : JsonSerializer.Deserialize<T>(text, WireJson.CamelCase);

    public static JsonElement? Element(string? text) => text is null ? null : JsonDocument.Parse(text).RootElement.Clone();
}
