namespace Cleanroom.Server.Glue;

/// <summary>The Hive column types Cleanroom reads.</summary>
internal enum HiveTypeKind
{
    String,
    Varchar,
    Char,
    TinyInt,
    SmallInt,
    Int,
    BigInt,
    Float,
    Double,
    Decimal,
    Boolean,
    Date,
    Timestamp,
}
