namespace Cleanroom.Rules.Encryption;

/// <summary>How a column (or a column passed through projections unchanged) is used at one place in a query.</summary>
internal enum ColumnUse
{
    /// <summary>A bare select item of the final projection: its values reach the result.</summary>
    Output,

    /// <summary>A bare select item of a CTE, derived table or subquery: passed on unchanged.</summary>
    PassedOn,

    /// <summary>One side of an equality between two columns in a join's ON condition.</summary>
    JoinEquality,

    /// <summary>The argument of COUNT.</summary>
    Count,

    /// <summary>The argument of COUNT(DISTINCT …).</summary>
    CountDistinct,

    /// <summary>A bare GROUP BY key.</summary>
    GroupKey,

    /// <summary>Anything else: a filter, a sort key, a function or operator argument, another aggregate.</summary>
    Other,
}
