namespace Cleanroom.Server.JsonRpc;

/// <summary>Handles one awsJson1.1 operation; the result is serialised with the service's JSON settings.</summary>
internal delegate Task<object> JsonRpcHandler(JsonRpcCall call);
