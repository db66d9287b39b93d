namespace Cleanroom.Server.Schemas.Wire;

internal sealed record BatchGetSchemaOutput(IReadOnlyList<Schema> Schemas, IReadOnlyList<BatchGetSchemaError> Errors);
