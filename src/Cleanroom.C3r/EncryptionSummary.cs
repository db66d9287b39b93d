namespace Cleanroom.C3r;

/// <summary>The outcome of an encryption run: rows written and the target columns by type.</summary>
public sealed record EncryptionSummary(
    long Rows,
    IReadOnlyList<string> CleartextColumns,
    IReadOnlyList<string> SealedColumns,
    IReadOnlyList<string> FingerprintColumns,
    bool UsedTemporaryFiles);
