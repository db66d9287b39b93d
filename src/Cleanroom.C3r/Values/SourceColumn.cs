namespace Cleanroom.C3r;

/// <summary>
/// An input column: its header (raw), value type and, for Parquet DECIMAL/TIMESTAMP, the metadata bytes the reference
/// writes after the info byte of a NULL.
/// </summary>
internal sealed record SourceColumn(string Name, ClientDataType Type, byte[] NullMetadata)
{
    public static SourceColumn Text(string name) => new(name, ClientDataType.String, []);
}
