namespace Cleanroom.Server.Glue.Wire;

/// <summary>The members of a Glue <c>SerDeInfo</c> that decide how a table's files are read.</summary>
internal sealed record GlueSerDeInfo(string? SerializationLibrary, Dictionary<string, string>? Parameters);
