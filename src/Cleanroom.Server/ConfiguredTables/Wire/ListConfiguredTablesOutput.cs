namespace Cleanroom.Server.ConfiguredTables.Wire;

internal sealed record ListConfiguredTablesOutput(IReadOnlyList<ConfiguredTableSummary> ConfiguredTableSummaries, string? NextToken);
