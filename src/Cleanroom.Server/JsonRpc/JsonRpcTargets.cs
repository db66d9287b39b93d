using Cleanroom.Server.Hosting;
using Cleanroom.Server.Wire;

namespace Cleanroom.Server.JsonRpc;

/// <summary>
/// The registration table of awsJson1.1 operations (<c>X-Amz-Target: Prefix.Operation</c> → handler).
/// Each service area adds its handlers with <see cref="Add"/> from its own static class.
/// </summary>
internal sealed class JsonRpcTargets
{
    public static readonly JsonRpcService Glue = new(ServiceCatalog.Glue, "AWSGlue", WireJson.PascalCase);
    public static readonly JsonRpcService Logs = new(ServiceCatalog.Logs, "Logs_20140328", WireJson.CamelCase);

    private readonly Dictionary<string, (JsonRpcService Service, JsonRpcHandler Handler)> handlers = new(StringComparer.Ordinal);

    public IEnumerable<string> Targets => handlers.Keys;

    public JsonRpcTargets Add(JsonRpcService service, string operation, JsonRpcHandler handler)
    {
        handlers.Add($"{service.TargetPrefix}.{operation}", (service, handler));
        return this;
    }

    public static JsonRpcService? ServiceOf(string signingName) => signingName switch
    {
        ServiceCatalog.Glue => Glue,
        ServiceCatalog.Logs => Logs,
        _ => null,
    };

    public bool TryFind(string target, out (JsonRpcService Service, JsonRpcHandler Handler) entry) => handlers.TryGetValue(target, out entry);
}
