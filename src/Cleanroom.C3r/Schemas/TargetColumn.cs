namespace Cleanroom.C3r;

/// <summary>
/// One output column of a schema. Mapped schemas name the source by header; positional schemas by index.
/// Headers are normalised (spec 11). <see cref="Pad"/> is set exactly for sealed columns.
/// </summary>
internal sealed record TargetColumn(string? SourceHeader, int? SourceIndex, string TargetHeader, ColumnType Type, Pad? Pad)
{
    /// <summary>The source as the user wrote it, for messages.</summary>
    public string SourceName => SourceHeader ?? $"_c{SourceIndex}";
}
