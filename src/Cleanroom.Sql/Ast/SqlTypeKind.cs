namespace Cleanroom.Sql.Ast;

public enum SqlTypeKind
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
    TimestampNtz,
    Time,
    Binary,
}
