using System.Text.Json;

namespace Cleanroom.Server.ConfiguredTables.Wire;

internal sealed record CreateConfiguredTableAnalysisRuleInput(string AnalysisRuleType, JsonElement AnalysisRulePolicy);
