using System.Text.Json;

namespace Cleanroom.Server.JsonRpc;

/// <summary>An awsJson1.1 service: its signing name, its X-Amz-Target prefix and its JSON member naming.</summary>
internal sealed record JsonRpcService(string SigningName, string TargetPrefix, JsonSerializerOptions Json);
