namespace Cleanroom.Sql.Functions;

/// <summary>What a function may be used as. Aggregates that can also take OVER carry both Aggregate and Window.</summary>
[Flags]
public enum FunctionKind
{
    Scalar = 1,
    Aggregate = 2,
    Window = 4,
}
