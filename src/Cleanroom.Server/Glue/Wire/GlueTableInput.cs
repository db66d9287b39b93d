namespace Cleanroom.Server.Glue.Wire;

/// <summary>The members of a Glue <c>TableInput</c> Cleanroom interprets; the whole input is stored and echoed.</summary>
internal sealed record GlueTableInput(
    string Name,
    string? TableType,
    GlueStorageDescriptor? StorageDescriptor,
    IReadOnlyList<GlueColumn>? PartitionKeys,
    Dictionary<string, string>? Parameters);
