namespace Cleanroom.Server.ConfiguredTables.Wire;

internal sealed record DifferentialPrivacyColumn(string Name);
