namespace Cleanroom.Server.ConfiguredTables.Wire;

internal sealed record GlueTableReference(string TableName, string DatabaseName, string? Region);
