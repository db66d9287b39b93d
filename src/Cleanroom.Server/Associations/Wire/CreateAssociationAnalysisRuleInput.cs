using System.Text.Json;

namespace Cleanroom.Server.Associations.Wire;

/// <summary>CreateConfiguredTableAssociationAnalysisRule input (UpdateConfiguredTableAssociationAnalysisRule sends only the policy).</summary>
internal sealed record CreateAssociationAnalysisRuleInput(string? AnalysisRuleType, JsonElement AnalysisRulePolicy);
