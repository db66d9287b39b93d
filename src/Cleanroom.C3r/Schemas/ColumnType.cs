namespace Cleanroom.C3r;

/// <summary>How a target column is produced from its source column.</summary>
internal enum ColumnType
{
    Cleartext,
    Sealed,
    Fingerprint,
}
