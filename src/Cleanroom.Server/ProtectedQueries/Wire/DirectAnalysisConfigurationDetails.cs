namespace Cleanroom.Server.ProtectedQueries.Wire;

internal sealed record DirectAnalysisConfigurationDetails(IReadOnlyList<string> ReceiverAccountIds);
