namespace Cleanroom.Sql.Walking;

/// <summary>The clause a node appears in, as reported by <see cref="SqlWalker"/>.</summary>
public enum Clause
{
    Select,
    Top,
    From,
    JoinCondition,
    Where,
    GroupBy,
    Having,
    OrderBy,
    Limit,
    Offset,
    WindowPartition,
    WindowOrder,
    WindowFrame,
}
