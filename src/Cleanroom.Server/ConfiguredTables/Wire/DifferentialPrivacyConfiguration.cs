namespace Cleanroom.Server.ConfiguredTables.Wire;

internal sealed record DifferentialPrivacyConfiguration(IReadOnlyList<DifferentialPrivacyColumn> Columns);
