using System.Text;
using System.Text.Json;
using Cleanroom.Server.Wire;

namespace Cleanroom.Server.ConfiguredTables;

/// <summary>What both kinds of analysis rule policy (a configured table's and a collaboration's) must satisfy.</summary>
internal static class RulePolicyShape
{
    public const int MaxBytes = 100 * 1024;
    private const string Field = "analysisRulePolicy";

    /// <summary>At most 100 KB of JSON, as sent (the AWS quota, not adjustable).</summary>
    public static void CheckSize(JsonElement policy)
    {
        if (Encoding.UTF8.GetByteCount(policy.GetRawText()) > MaxBytes)
        {
            throw ApiException.Validation($"An analysis rule policy is at most {MaxBytes / 1024} KB of JSON.", new FieldError(Field, "Larger than 100 KB"));
        }
    }

    /// <summary>The member of <c>v1</c> that is set (the model allows exactly one) is the one of the rule's type.</summary>
    public static void CheckMember(string type, object? aggregation, object? list)
    {
        var given = aggregation is not null ? AnalysisRuleType.Aggregation : list is not null ? AnalysisRuleType.List : AnalysisRuleType.Custom;
        if (given != type)
        {
            var member = AnalysisRuleType.MemberOf(type);
            throw ApiException.Validation(
                $"The analysisRuleType is {type}, so the policy must be {{\"v1\": {{\"{member}\": …}}}}.",
                new FieldError($"{Field}.v1.{member}", $"Required for analysisRuleType {type}"));
        }
    }
}
