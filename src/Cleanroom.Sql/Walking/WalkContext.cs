namespace Cleanroom.Sql.Walking;

/// <summary>
/// Where the walker is: the clause, the subquery depth (0 = the outermost query), whether it is inside the
/// arguments of an aggregate or of a window function, and whether the enclosing query is a CTE body.
/// </summary>
public readonly record struct WalkContext(Clause Clause, int Depth, bool InAggregate, bool InWindow, bool InCte);
