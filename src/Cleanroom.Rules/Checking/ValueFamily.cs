namespace Cleanroom.Rules.Checking;

/// <summary>What kind of value an expression has, as far as comparing it goes.</summary>
internal enum ValueFamily
{
    Unknown,
    Number,
    String,
    Boolean,
    DateTime,
    Time,
    Interval,
    Binary,
}
