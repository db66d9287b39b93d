namespace Cleanroom.Server.ProtectedQueries.Wire;

internal sealed record ProtectedQueryStatistics(long TotalDurationInMillis, BilledResourceUtilization? BilledResourceUtilization);
