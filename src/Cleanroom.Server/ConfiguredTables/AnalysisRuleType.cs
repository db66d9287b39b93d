namespace Cleanroom.Server.ConfiguredTables;

/// <summary>The configured-table analysis rule types and their member names in the policy union.</summary>
internal static class AnalysisRuleType
{
    public const string Aggregation = "AGGREGATION";
    public const string List = "LIST";
    public const string Custom = "CUSTOM";

    /// <summary>The policy union member of a type: <c>aggregation</c>, <c>list</c> or <c>custom</c>.</summary>
    public static string MemberOf(string type) => type.ToLowerInvariant();
}
