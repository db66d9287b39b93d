namespace Cleanroom.Server.ConfiguredTables.Wire;

/// <summary>Create/Get/UpdateConfiguredTable output.</summary>
internal sealed record ConfiguredTableOutput(ConfiguredTable ConfiguredTable);
