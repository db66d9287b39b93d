using System.Text.Json.Nodes;

namespace Cleanroom.Server.Glue;

/// <summary>awsJson1.1 timestamps: epoch seconds as a JSON number.</summary>
internal static class GlueTime
{
    public static JsonNode Of(DateTimeOffset time) => JsonValue.Create(time.ToUnixTimeMilliseconds() / 1000m);
}
