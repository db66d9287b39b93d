namespace Cleanroom.Rules.Policies;

public enum AnalysisRuleType
{
    Aggregation,
    List,
    Custom,
}
