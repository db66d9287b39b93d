namespace Cleanroom.Server.Glue.Wire;

/// <summary>The members of a Glue <c>StorageDescriptor</c> Cleanroom interprets; the others are stored and echoed.</summary>
internal sealed record GlueStorageDescriptor(
    IReadOnlyList<GlueColumn>? Columns,
    string? Location,
    string? InputFormat,
    GlueSerDeInfo? SerdeInfo,
    Dictionary<string, string>? Parameters);
