namespace Cleanroom.Server.Glue;

/// <summary>
/// One column of a Glue table as Cleanroom reads it: the name folded to lower case (names are case-insensitive,
/// as in Hive) and the parsed Hive type. <see cref="TypeText"/> is the catalog's type string, shown in schemas.
/// </summary>
internal sealed record TableColumn(string Name, HiveType Type, string TypeText);
