namespace Cleanroom.C3r;

/// <summary>The outcome of a decryption run.</summary>
public sealed record DecryptionSummary(long Rows, bool FingerprintCellsPassedThrough);
