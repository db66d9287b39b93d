namespace Cleanroom.Server.ConfiguredTables.Wire;

/// <summary>Create/Get/UpdateConfiguredTableAnalysisRule output.</summary>
internal sealed record ConfiguredTableAnalysisRuleOutput(ConfiguredTableAnalysisRule AnalysisRule);
