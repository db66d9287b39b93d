namespace Cleanroom.Server.Schemas.Wire;

internal sealed record GetSchemaOutput(Schema Schema);
