using System.Text.Json;

namespace Cleanroom.Server.ConfiguredTables.Wire;

internal sealed record UpdateConfiguredTableAnalysisRuleInput(JsonElement AnalysisRulePolicy);
