using Cleanroom.Rules.Policies;

namespace Cleanroom.Rules.Tests;

/// <summary>Reading analysis-rule policies in the wire shape.</summary>
public sealed class PolicyTests
{
    [Fact]
    public void Reads_an_aggregation_policy_with_every_field()
    {
        var rule = Assert.IsType<AggregationRule>(AnalysisRulePolicy.Parse("""
            {"v1": {"aggregation": {
              "aggregateColumns": [{"columnNames": ["a", "b"], "function": "SUM_DISTINCT"}, {"columnNames": ["id"], "function": "COUNT_DISTINCT"}],
              "joinColumns": ["id"], "joinRequired": "QUERY_RUNNER", "allowedJoinOperators": ["OR", "AND"],
              "dimensionColumns": ["d"], "scalarFunctions": ["TRUNC"],
              "outputConstraints": [{"columnName": "id", "minimum": 100, "type": "COUNT_DISTINCT"}],
              "additionalAnalyses": "NOT_ALLOWED", "allowedResultReceivers": ["111111111111"], "unknownMember": 1}}}
            """));
        Assert.Equal(AggregateFunction.SumDistinct, rule.AggregateColumns[0].Function);
        Assert.Equal(["a", "b"], rule.AggregateColumns[0].ColumnNames);
        Assert.True(rule.JoinRequired);
        Assert.Equal([JoinOperator.Or, JoinOperator.And], rule.AllowedJoinOperators);
        Assert.Equal(new AggregationConstraint("id", 100), Assert.Single(rule.OutputConstraints));
        Assert.Equal(AdditionalAnalyses.NotAllowed, rule.AdditionalAnalyses);
        Assert.Equal(["111111111111"], rule.AllowedResultReceivers);
        Assert.Equal(AnalysisRuleType.Aggregation, rule.Type);
    }

    [Fact]
    public void Reads_list_and_custom_policies()
    {
        var list = Assert.IsType<ListRule>(AnalysisRulePolicy.Parse("""{"v1": {"list": {"joinColumns": ["id"], "listColumns": []}}}"""));
        Assert.Empty(list.ListColumns);
        Assert.Empty(list.AllowedJoinOperators);
        Assert.Null(list.AdditionalAnalyses);
        var custom = Assert.IsType<CustomRule>(AnalysisRulePolicy.Parse("""
            {"v1": {"custom": {"allowedAnalyses": ["ANY_QUERY"], "allowedAnalysisProviders": ["1"], "disallowedOutputColumns": ["age"],
                               "differentialPrivacy": {"columns": [{"name": "user_id"}]}, "additionalAnalyses": "REQUIRED"}}}
            """));
        Assert.Equal(["age"], custom.DisallowedOutputColumns);
        Assert.Equal(["user_id"], custom.DifferentialPrivacyColumns);
        Assert.Equal(AdditionalAnalyses.Required, custom.AdditionalAnalyses);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"v2": {}}""")]
    [InlineData("""{"v1": {"aggregation": {}, "list": {}}}""")]
    [InlineData("""{"v1": {"differential": {}}}""")]
    [InlineData("""{"v1": {"list": {"joinColumns": ["id"]}}}""")]
    [InlineData("""{"v1": {"list": {"joinColumns": ["id"], "listColumns": [], "allowedJoinOperators": ["XOR"]}}}""")]
    [InlineData("""{"v1": {"list": {"joinColumns": ["id"], "listColumns": [], "allowedJoinOperators": ["and"]}}}""")]
    [InlineData("""{"v1": {"list": {"joinColumns": "id", "listColumns": []}}}""")]
    [InlineData("""{"v1": {"custom": {"allowedAnalyses": [null]}}}""")]
    [InlineData("""{"v1": {"aggregation": {"aggregateColumns": [], "joinColumns": [], "dimensionColumns": [], "scalarFunctions": [], "outputConstraints": [{"columnName": "id", "minimum": 2, "type": "SUM"}]}}}""")]
    [InlineData("""{"v1": {"aggregation": {"aggregateColumns": [], "joinColumns": [], "dimensionColumns": [], "scalarFunctions": [], "outputConstraints": [], "joinRequired": "ALWAYS"}}}""")]
    public void Refuses_malformed_policies(string json) =>
        Assert.Throws<FormatException>(() => AnalysisRulePolicy.Parse(json));
}
