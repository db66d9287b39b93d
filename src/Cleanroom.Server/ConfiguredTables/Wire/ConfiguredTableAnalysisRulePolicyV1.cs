namespace Cleanroom.Server.ConfiguredTables.Wire;

/// <summary>Exactly one member is set (the model's union); it matches the rule's type.</summary>
internal sealed record ConfiguredTableAnalysisRulePolicyV1(AnalysisRuleList? List, AnalysisRuleAggregation? Aggregation, AnalysisRuleCustom? Custom);
