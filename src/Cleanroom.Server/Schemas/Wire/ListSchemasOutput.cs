namespace Cleanroom.Server.Schemas.Wire;

internal sealed record ListSchemasOutput(IReadOnlyList<SchemaSummary> SchemaSummaries, string? NextToken);
