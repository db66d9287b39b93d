namespace Cleanroom.Sql.Functions;

/// <summary>The coarse static type the renderer reasons with when Spark and DuckDB semantics depend on types.</summary>
public enum StaticType
{
    Unknown,
    Boolean,
    Integer,
    Decimal,
    Double,
    String,
    Date,
    Timestamp,
    Time,
    Interval,
    Binary,
    List,
}
