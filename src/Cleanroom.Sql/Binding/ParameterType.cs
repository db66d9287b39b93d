namespace Cleanroom.Sql.Binding;

/// <summary>The <c>AnalysisParameter.type</c> values of the Clean Rooms API.</summary>
public enum ParameterType
{
    Smallint,
    Integer,
    Bigint,
    Decimal,
    Real,
    DoublePrecision,
    Boolean,
    Char,
    Varchar,
    Date,
    Timestamp,
    Timestamptz,
    Time,
    Timetz,
    Varbyte,
    Binary,
    Byte,
    Character,
    Double,
    Float,
    Int,
    Long,
    Numeric,
    Short,
    String,
    TimestampLtz,
    TimestampNtz,
    Tinyint,
}
