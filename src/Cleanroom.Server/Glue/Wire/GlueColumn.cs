namespace Cleanroom.Server.Glue.Wire;

/// <summary>A Glue <c>Column</c>: name and Hive type string (the comment and parameters are only echoed).</summary>
internal sealed record GlueColumn(string Name, string? Type);
