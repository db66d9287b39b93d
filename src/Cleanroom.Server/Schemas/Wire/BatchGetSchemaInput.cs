namespace Cleanroom.Server.Schemas.Wire;

internal sealed record BatchGetSchemaInput(IReadOnlyList<string> Names);
