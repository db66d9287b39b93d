namespace Cleanroom.Server.ConfiguredTables.Wire;

/// <summary>The <c>ConfiguredTableAnalysisRulePolicy</c> union: <c>{"v1": {"aggregation"|"list"|"custom": …}}</c>.</summary>
internal sealed record ConfiguredTableAnalysisRulePolicy(ConfiguredTableAnalysisRulePolicyV1? V1);
