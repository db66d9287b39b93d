namespace Cleanroom.Rules.Schema;

/// <summary>The collaboration's C3R settings (<c>dataEncryptionMetadata</c>), fixed when the collaboration is created.</summary>
public sealed record DataEncryptionMetadata(
    bool AllowCleartext,
    bool AllowDuplicates,
    bool AllowJoinsOnColumnsWithDifferentNames,
    bool PreserveNulls);
