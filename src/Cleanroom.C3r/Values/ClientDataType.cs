namespace Cleanroom.C3r;

/// <summary>The reference client's value types; the number is the wire index in the ClientDataInfo byte.</summary>
internal enum ClientDataType : byte
{
    Unknown = 0,
    String = 1,
    BigInt = 2,
    Boolean = 3,
    Char = 4,
    Date = 5,
    Decimal = 6,
    Double = 7,
    Float = 8,
    Int = 9,
    SmallInt = 10,
    Timestamp = 11,
    Varchar = 12,
}
