using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cleanroom.Server.Wire;

/// <summary>JSON settings of the AWS protocols: model member names, nulls omitted, epoch-second timestamps.</summary>
internal static class WireJson
{
    /// <summary>restJson1 and CloudWatch Logs: camelCase member names.</summary>
    public static JsonSerializerOptions CamelCase { get; } = Create(JsonNamingPolicy.CamelCase);

    /// <summary>Glue: PascalCase member names (the C# property names as written).</summary>
    public static JsonSerializerOptions PascalCase { get; } = Create(null);

    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.Converters.Add(new EpochSecondsConverter());
    }

    private static JsonSerializerOptions Create(JsonNamingPolicy? naming)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(options);
        options.PropertyNamingPolicy = naming;
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
