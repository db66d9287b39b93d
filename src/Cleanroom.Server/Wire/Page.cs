namespace Cleanroom.Server.Wire;

/// <summary>One page of a list operation: the items and the token for the next page (none on the last page).</summary>
internal sealed record Page<T>(IReadOnlyList<T> Items, string? NextToken);
