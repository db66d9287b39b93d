using System.Text.Json;

namespace Cleanroom.Server.ConfiguredTables.Wire;

/// <summary>The <c>TableReference</c> union. Only Glue references are read; Athena and Snowflake are refused.</summary>
internal sealed record TableReference(GlueTableReference? Glue, JsonElement? Athena, JsonElement? Snowflake);
