namespace Cleanroom.Server.Associations.Wire;

/// <summary>The <c>ConfiguredTableAssociationAnalysisRulePolicy</c> union: <c>{"v1": {"aggregation"|"list"|"custom": …}}</c>.</summary>
internal sealed record AssociationRulePolicy(AssociationRulePolicyV1? V1);
