using System.Text;

namespace Cleanroom.C3r;

/// <summary>A target column bound to its input column, type and keys: everything a worker needs per cell.</summary>
internal sealed class PlannedColumn
{
    public PlannedColumn(TargetColumn target, int source, SourceColumn sourceColumn, int fingerprintIndex, byte[]? fingerprintKey)
    {
        Target = target;
        Source = source;
        SourceType = sourceColumn.Type;
        FingerprintIndex = fingerprintIndex;
        FingerprintKey = fingerprintKey;
        NameUtf8 = Encoding.UTF8.GetBytes(target.TargetHeader);
        NullEncoding = [ValueEncoding.Info(sourceColumn.Type, true), .. sourceColumn.NullMetadata];
        if (target.Type == ColumnType.Fingerprint)
        {
            var representative = ValueEncoding.FingerprintClass(sourceColumn.Type)
                ?? throw new C3rException(
                    $"{ValueEncoding.TypeName(sourceColumn.Type)} is not a type supported by fingerprint columns (target column `{target.TargetHeader}`).");
            NullFingerprintInfo = ValueEncoding.Info(representative, true);
        }

        if (target.Type == ColumnType.Sealed && sourceColumn.Type == ClientDataType.Unknown)
        {
            throw new C3rException($"Unknown column type cannot be encrypted (target column `{target.TargetHeader}`).");
        }
    }

    public TargetColumn Target { get; }

    public int Source { get; }

    public ClientDataType SourceType { get; }

    public byte[] NameUtf8 { get; }

    /// <summary>E for a NULL input: the info byte with the null flag, then any type metadata.</summary>
    public byte[] NullEncoding { get; }

    /// <summary>Index among the fingerprint columns, or -1.</summary>
    public int FingerprintIndex { get; }

    public byte[]? FingerprintKey { get; }

    public byte NullFingerprintInfo { get; }

    /// <summary>The padded size for fixed/max pads (known before encryption starts), or null.</summary>
    public int? PadTarget { get; set; }
}
