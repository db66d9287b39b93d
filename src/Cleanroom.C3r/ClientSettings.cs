namespace Cleanroom.C3r;

/// <summary>
/// The collaboration's cryptographic computing settings (AWS Clean Rooms <c>dataEncryptionMetadata</c>).
/// Where they come from (flags, a server) is the caller's concern.
/// </summary>
public sealed record ClientSettings(
    bool AllowCleartext,
    bool AllowDuplicates,
    bool AllowJoinsOnColumnsWithDifferentNames,
    bool PreserveNulls)
{
    /// <summary>Every setting true: the least protective configuration.</summary>
    public static ClientSettings LowAssurance { get; } = new(true, true, true, true);

    /// <summary>Every setting false: the most protective configuration.</summary>
    public static ClientSettings HighAssurance { get; } = new(false, false, false, false);
}
