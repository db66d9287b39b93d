using Cleanroom.Server.Wire.Model;

namespace Cleanroom.Server.Wire.Routing;

/// <summary>Endpoint metadata naming the model operation a route serves and whether Cleanroom implements it.</summary>
internal sealed record OperationMetadata(OperationModel Operation, bool Implemented);
