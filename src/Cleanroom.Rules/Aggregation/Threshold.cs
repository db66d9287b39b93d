using Cleanroom.Rules.Flat;

namespace Cleanroom.Rules.Aggregation;

/// <summary>One enforced output constraint: at least <paramref name="Minimum"/> distinct values of a column of one table instance per output row.</summary>
internal sealed record Threshold(TableInstance Instance, string Column, int Minimum);
