namespace Cleanroom.Server.ProtectedQueries.Wire;

/// <summary>
/// Where a query's result goes. Also read from a membership's <c>defaultResultConfiguration</c>, whose
/// <c>outputConfiguration</c> has the same <c>s3</c> member (its <c>roleArn</c> is not needed: there is no IAM).
/// </summary>
internal sealed record ProtectedQueryResultConfiguration(ProtectedQueryOutputConfiguration OutputConfiguration);
