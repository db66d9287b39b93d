namespace Cleanroom.Rules.Schema;

/// <summary>An allowed column of a configured table: its name, its Glue type (e.g. <c>string</c>, <c>bigint</c>, <c>decimal(10,2)</c>) and its C3R class.</summary>
public sealed record SchemaColumn(string Name, string Type, ColumnClass Class = ColumnClass.Cleartext);
