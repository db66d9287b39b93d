namespace Cleanroom.Rules.Policies;

/// <summary>The aggregate functions an aggregation rule can grant on a column.</summary>
public enum AggregateFunction
{
    Sum,
    SumDistinct,
    Count,
    CountDistinct,
    Avg,
}
