namespace Cleanroom.Server.ProtectedQueries.Wire;

internal sealed record ReceiverConfiguration(string AnalysisType, ConfigurationDetails? ConfigurationDetails);
