using System.Text.Json;

namespace Cleanroom.Rules.Policies;

/// <summary>
/// Reads an analysis-rule policy in the wire shape, <c>{"v1": {"aggregation"|"list"|"custom": {…}}}</c>, as sent to
/// CreateConfiguredTableAnalysisRule or returned as a schema's <c>consolidatedPolicy</c> (whose
/// <c>allowedResultReceivers</c> are read too). Unknown members are ignored; missing required members and unknown
/// enum values are errors.
/// </summary>
public static class AnalysisRulePolicy
{
    /// <exception cref="FormatException">The text is not a policy of a known shape.</exception>
    public static AnalysisRule Parse(string policyJson)
    {
        try
        {
            using var document = JsonDocument.Parse(policyJson);
            var root = document.RootElement;
            var body = root.TryGetProperty("v1", out var v1) ? v1 : throw new FormatException("the policy has no v1 member");
            var members = body.ValueKind == JsonValueKind.Object ? body.EnumerateObject().ToList() : [];
            if (members.Count != 1)
                throw new FormatException("v1 must hold exactly one of aggregation, list or custom");
            var policy = members[0].Value;
            AnalysisRule rule = members[0].Name switch
            {
                "aggregation" => Aggregation(policy),
                "list" => List(policy),
                "custom" => Custom(policy),
                _ => throw new FormatException("v1 must hold exactly one of aggregation, list or custom"),
            };
            return rule with
            {
                AdditionalAnalyses = policy.TryGetProperty("additionalAnalyses", out var additional)
                    ? Enum<AdditionalAnalyses>(additional, "additionalAnalyses")
                    : null,
                AllowedResultReceivers = Strings(policy, "allowedResultReceivers", required: false),
            };
        }
        catch (JsonException e)
        {
            throw new FormatException("the policy is not valid JSON", e);
        }
        catch (InvalidOperationException e)
        {
            throw new FormatException("the policy has a member of the wrong JSON type", e);
        }
    }

    private static AggregationRule Aggregation(JsonElement policy) =>
        new(
            [.. Required(policy, "aggregateColumns").EnumerateArray().Select(entry =>
                new AggregateColumn(Strings(entry, "columnNames", required: true), Enum<AggregateFunction>(Required(entry, "function"), "function")))],
            Strings(policy, "joinColumns", required: true),
            Strings(policy, "dimensionColumns", required: true),
            Strings(policy, "scalarFunctions", required: true),
            [.. Required(policy, "outputConstraints").EnumerateArray().Select(Constraint)])
        {
            JoinRequired = policy.TryGetProperty("joinRequired", out var required)
                && (required.GetString() == "QUERY_RUNNER" ? true : throw new FormatException("joinRequired must be QUERY_RUNNER")),
            AllowedJoinOperators = Operators(policy),
        };

    private static AggregationConstraint Constraint(JsonElement entry)
    {
        if (entry.TryGetProperty("type", out var type) && type.GetString() != "COUNT_DISTINCT")
            throw new FormatException("output constraints must be of type COUNT_DISTINCT");
        return new AggregationConstraint(Required(entry, "columnName").GetString()!, Required(entry, "minimum").GetInt32());
    }

    private static ListRule List(JsonElement policy) =>
        new(Strings(policy, "joinColumns", required: true), Strings(policy, "listColumns", required: true))
        {
            AllowedJoinOperators = Operators(policy),
        };

    private static CustomRule Custom(JsonElement policy) =>
        new(Strings(policy, "allowedAnalyses", required: true))
        {
            AllowedAnalysisProviders = Strings(policy, "allowedAnalysisProviders", required: false),
            DisallowedOutputColumns = Strings(policy, "disallowedOutputColumns", required: false),
            DifferentialPrivacyColumns = policy.TryGetProperty("differentialPrivacy", out var privacy)
                ? [.. Required(privacy, "columns").EnumerateArray().Select(c => Required(c, "name").GetString()!)]
                : [],
        };

    private static IReadOnlyList<JoinOperator> Operators(JsonElement policy) =>
        policy.TryGetProperty("allowedJoinOperators", out var operators)
            ? [.. operators.EnumerateArray().Select(o => Enum<JoinOperator>(o, "allowedJoinOperators"))]
            : [];

    private static JsonElement Required(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value : throw new FormatException($"the policy has no {name} member");

    private static IReadOnlyList<string> Strings(JsonElement element, string name, bool required)
    {
        if (!element.TryGetProperty(name, out var value))
            return required ? throw new FormatException($"the policy has no {name} member") : [];
        return [.. value.EnumerateArray().Select(v => v.GetString() ?? throw new FormatException($"{name} holds a null"))];
    }

    // Wire enums are upper snake case (COUNT_DISTINCT, NOT_ALLOWED); the C# names are the same words in Pascal case.
    private static T Enum<T>(JsonElement value, string name)
        where T : struct, Enum =>
        value.GetString() is { } text
        && System.Enum.TryParse<T>(text.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var parsed)
        && System.Enum.IsDefined(parsed)
        && text == text.ToUpperInvariant()
            ? parsed
            : throw new FormatException($"{name} has an unknown value");
}
