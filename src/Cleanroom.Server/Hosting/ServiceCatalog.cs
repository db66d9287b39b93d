using Cleanroom.Server.Wire;
using Cleanroom.Server.Wire.Model;
using Microsoft.AspNetCore.Http;

namespace Cleanroom.Server.Hosting;

/// <summary>The services served on the one endpoint, selected by the SigV4 credential scope's service name.</summary>
internal static class ServiceCatalog
{
    public const string CleanRooms = "cleanrooms";
    public const string Glue = "glue";
    public const string Logs = "logs";
    public const string S3 = "s3";

    private static readonly HashSet<string> CleanRoomsRoots = ServiceModel.CleanRooms.Operations.Values
        .Select(operation => operation.Uri.Split('/', StringSplitOptions.RemoveEmptyEntries)[0])
        .ToHashSet(StringComparer.Ordinal);

    public static WireProtocol? ProtocolOf(string service) => service switch
    {
        CleanRooms => WireProtocol.RestJson,
        Glue or Logs => WireProtocol.AwsJson,
        S3 => WireProtocol.S3Xml,
        _ => null,
    };

    /// <summary>
    /// The protocol to answer in before the signature names the service (unsigned or unparseable requests):
    /// JSON-RPC if there is an X-Amz-Target, REST-JSON for Clean Rooms paths, S3 otherwise.
    /// </summary>
    public static WireProtocol Guess(HttpRequest request)
    {
        if (request.Headers.ContainsKey("X-Amz-Target"))
        {
            return WireProtocol.AwsJson;
        }

        var first = request.Path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return first is not null && CleanRoomsRoots.Contains(first) ? WireProtocol.RestJson : WireProtocol.S3Xml;
    }
}
