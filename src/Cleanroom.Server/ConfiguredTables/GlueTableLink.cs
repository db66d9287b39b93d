using Cleanroom.Server.Glue;

namespace Cleanroom.Server.ConfiguredTables;

/// <summary>A configured table's Glue table in its owner's catalog, and how its data is read.</summary>
internal sealed record GlueTableLink(GlueTableRecord Table, TableSource Source);
