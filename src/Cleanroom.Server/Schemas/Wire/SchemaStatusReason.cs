namespace Cleanroom.Server.Schemas.Wire;

internal sealed record SchemaStatusReason(string Code, string Message);
