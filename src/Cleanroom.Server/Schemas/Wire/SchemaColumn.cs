namespace Cleanroom.Server.Schemas.Wire;

/// <summary>The model's <c>Column</c>: an allowed column's name and its type as the Glue catalog gives it.</summary>
internal sealed record SchemaColumn(string Name, string Type);
