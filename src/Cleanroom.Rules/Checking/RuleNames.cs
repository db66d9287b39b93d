namespace Cleanroom.Rules.Checking;

/// <summary>The rule (or control) a violation is reported under: the rule type, then the policy field or concern.</summary>
internal static class RuleNames
{
    public const string Parameters = "common.parameters";
    public const string Tables = "common.tables";
    public const string Columns = "common.columns";
    public const string RuleType = "common.ruleType";
    public const string AdditionalAnalyses = "common.additionalAnalyses";
    public const string OutputColumns = "common.outputColumns";
    public const string Types = "common.types";

    public const string AggregationStructure = "aggregation.structure";
    public const string AggregateColumns = "aggregation.aggregateColumns";
    public const string DimensionColumns = "aggregation.dimensionColumns";
    public const string AggregationJoinColumns = "aggregation.joinColumns";
    public const string AggregationJoinOperators = "aggregation.allowedJoinOperators";
    public const string JoinRequired = "aggregation.joinRequired";
    public const string ScalarFunctions = "aggregation.scalarFunctions";
    public const string Having = "aggregation.having";
    public const string Grouping = "aggregation.grouping";
    public const string OutputConstraints = "aggregation.outputConstraints";

    public const string ListStructure = "list.structure";
    public const string ListColumns = "list.listColumns";
    public const string ListJoinColumns = "list.joinColumns";
    public const string ListJoinOperators = "list.allowedJoinOperators";
    public const string ListJoinRequired = "list.joinRequired";

    public const string AllowedAnalyses = "custom.allowedAnalyses";
    public const string DisallowedOutputColumns = "custom.disallowedOutputColumns";
    public const string DifferentialPrivacy = "custom.differentialPrivacy";
    public const string CustomColumns = "custom.columns";

    public const string Sealed = "encryption.sealed";
    public const string Fingerprint = "encryption.fingerprint";
    public const string Encrypted = "encryption.allowCleartext";
}
