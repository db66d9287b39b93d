namespace Cleanroom.Server.ProtectedQueries.Wire;

internal sealed record ListProtectedQueriesOutput(string? NextToken, IReadOnlyList<ProtectedQuerySummary> ProtectedQueries);
