namespace Cleanroom.Server.Schemas.Wire;

internal sealed record BatchGetSchemaError(string Name, string Code, string Message);
