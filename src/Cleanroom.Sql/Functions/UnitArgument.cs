namespace Cleanroom.Sql.Functions;

/// <summary>
/// Marks the argument that names a date part (<c>DATEADD(day, …)</c>, <c>DATE_TRUNC('month', …)</c>) when the call has
/// <paramref name="Arity"/> arguments; <paramref name="FieldsAllowed"/> admits fields such as day-of-week.
/// </summary>
/// <paramref name="StringsOnly"/> converts only quoted parts, leaving other arguments alone (TRUNC(number, digits)).
internal sealed record UnitArgument(int Index, int Arity, bool FieldsAllowed, bool StringsOnly = false);
