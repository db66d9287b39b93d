namespace Cleanroom.Server.ProtectedQueries.Engine;

/// <summary>Ends a running query with one of the fixed failures.</summary>
internal sealed class QueryFailureException(QueryFailure failure) : Exception(failure.Message)
{
    public QueryFailure Failure { get; } = failure;
}
