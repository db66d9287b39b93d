namespace Cleanroom.C3r;

/// <summary>The Parquet column shapes Cleanroom reads and writes, by the CLR type Parquet.Net maps them to.</summary>
internal enum ParquetKind
{
    String,
    Binary,
    Boolean,
    SByte,
    Int16,
    Int32,
    Int64,
    Float,
    Double,
    Decimal,
    Date,
    Timestamp,
}
