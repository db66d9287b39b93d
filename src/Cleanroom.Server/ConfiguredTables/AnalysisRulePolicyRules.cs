using System.Text.Json;
using Cleanroom.Server.ConfiguredTables.Wire;
using Cleanroom.Server.Wire;
using Cleanroom.Server.Wire.Routing;

namespace Cleanroom.Server.ConfiguredTables;

/// <summary>
/// Checks an analysis rule policy against its configured table, beyond the model's field constraints (which the
/// request validator has applied): the union member matches the rule type, the JSON is at most 100 KB, every
/// column is an allowed column, and the consistency rules of each type hold (AGGREGATION: a dimension column is
/// neither a join nor an aggregate column, a required join has join columns; LIST: a list column is not a join
/// column; CUSTOM: template ARNs or ANY_QUERY/ANY_JOB with providers, never both). Differential privacy is refused
/// with a clear message: Cleanroom does not enforce it yet.
/// </summary>
internal static class AnalysisRulePolicyRules
{
    private const string AnyQuery = "ANY_QUERY";
    private const string AnyJob = "ANY_JOB";
    private const string Field = "analysisRulePolicy";

    /// <summary>The typed policy when it holds for the table; otherwise throws ValidationException naming the fields.</summary>
    public static ConfiguredTableAnalysisRulePolicy Check(string type, JsonElement policy, ConfiguredTableRecord table, string region)
    {
        RulePolicyShape.CheckSize(policy);
        var typed = policy.Deserialize<ConfiguredTableAnalysisRulePolicy>(WireJson.CamelCase)!;
        RulePolicyShape.CheckMember(type, typed.V1!.Aggregation, typed.V1.List);

        var errors = Problems(typed.V1!, table, region);
        if (errors.Count > 0)
        {
            throw ApiException.InvalidConfiguration($"The analysis rule does not fit the configured table: {errors[0].Message}.", [.. errors]);
        }

        if (typed.V1!.Custom?.DifferentialPrivacy is not null)
        {
            throw ApiException.Validation(
                "Differential privacy is not supported yet: Cleanroom would not enforce it, so it refuses the rule rather than accept it.",
                new FieldError($"{Field}.v1.custom.differentialPrivacy", "Differential privacy is not supported yet"));
        }

        return typed;
    }

    /// <summary>What is wrong with the policy for this table (empty when it holds).</summary>
    public static List<FieldError> Problems(ConfiguredTableAnalysisRulePolicyV1 policy, ConfiguredTableRecord table, string region)
    {
        var errors = new List<FieldError>();
        var allowed = table.AllowedColumns.ToHashSet(StringComparer.Ordinal);

        void Columns(IReadOnlyList<string>? columns, string field)
        {
            for (var index = 0; index < (columns?.Count ?? 0); index++)
            {
                if (!allowed.Contains(columns![index]))
                {
                    errors.Add(new FieldError($"{field}[{index}]", $"Column {columns[index]} is not an allowed column of the configured table"));
                }
            }
        }

        switch (policy)
        {
            case { Aggregation: { } aggregation }:
                var prefix = $"{Field}.v1.aggregation";
                for (var index = 0; index < aggregation.AggregateColumns.Count; index++)
                {
                    Columns(aggregation.AggregateColumns[index].ColumnNames, $"{prefix}.aggregateColumns[{index}].columnNames");
                }

                Columns(aggregation.JoinColumns, $"{prefix}.joinColumns");
                Columns(aggregation.DimensionColumns, $"{prefix}.dimensionColumns");
                for (var index = 0; index < aggregation.OutputConstraints.Count; index++)
                {
                    var column = aggregation.OutputConstraints[index].ColumnName;
                    if (!allowed.Contains(column))
                    {
                        errors.Add(new FieldError($"{prefix}.outputConstraints[{index}].columnName", $"Column {column} is not an allowed column of the configured table"));
                    }
                }

                var aggregated = aggregation.AggregateColumns.SelectMany(column => column.ColumnNames).ToHashSet(StringComparer.Ordinal);
                for (var index = 0; index < aggregation.DimensionColumns.Count; index++)
                {
                    var column = aggregation.DimensionColumns[index];
                    if (aggregation.JoinColumns.Contains(column, StringComparer.Ordinal) || aggregated.Contains(column))
                    {
                        errors.Add(new FieldError($"{prefix}.dimensionColumns[{index}]", $"Column {column} is also a join or aggregate column; a dimension column cannot be either"));
                    }
                }

                if (aggregation.JoinRequired is not null && aggregation.JoinColumns.Count == 0)
                {
                    errors.Add(new FieldError($"{prefix}.joinColumns", "joinRequired is set, so at least one join column is needed"));
                }

                break;
            case { List: { } list }:
                Columns(list.JoinColumns, $"{Field}.v1.list.joinColumns");
                Columns(list.ListColumns, $"{Field}.v1.list.listColumns");
                for (var index = 0; index < list.ListColumns.Count; index++)
                {
                    if (list.JoinColumns.Contains(list.ListColumns[index], StringComparer.Ordinal))
                    {
                        errors.Add(new FieldError($"{Field}.v1.list.listColumns[{index}]", $"Column {list.ListColumns[index]} is also a join column; a list column cannot be one"));
                    }
                }

                break;
            case { Custom: { } custom }:
                CustomProblems(custom, table, region, errors);
                Columns(custom.DisallowedOutputColumns, $"{Field}.v1.custom.disallowedOutputColumns");
                Columns(custom.DifferentialPrivacy?.Columns.Select(column => column.Name).ToArray(), $"{Field}.v1.custom.differentialPrivacy.columns");
                break;
        }

        return errors;
    }

    private static void CustomProblems(AnalysisRuleCustom custom, ConfiguredTableRecord table, string region, List<FieldError> errors)
    {
        var prefix = $"{Field}.v1.custom";
        var wildcards = custom.AllowedAnalyses.Where(item => item is AnyQuery or AnyJob).ToArray();
        var templates = custom.AllowedAnalyses.Count - wildcards.Length;
        var providers = custom.AllowedAnalysisProviders ?? [];
        if (wildcards.Length > 0 && templates > 0)
        {
            errors.Add(new FieldError($"{prefix}.allowedAnalyses", "Either analysis template ARNs or ANY_QUERY/ANY_JOB, not both"));
        }

        if (wildcards.Length > 0 && providers.Count == 0)
        {
            errors.Add(new FieldError($"{prefix}.allowedAnalysisProviders", "Required with ANY_QUERY or ANY_JOB"));
        }

        if (wildcards.Length == 0 && providers.Count > 0)
        {
            errors.Add(new FieldError($"{prefix}.allowedAnalysisProviders", "Only with ANY_QUERY or ANY_JOB; approved templates need no providers"));
        }

        for (var index = 0; index < custom.AllowedAnalyses.Count; index++)
        {
            var item = custom.AllowedAnalyses[index];
            var field = $"{prefix}.allowedAnalyses[{index}]";
            if (item == AnyQuery && !AnalysisMethod.AllowsQueries(table.AnalysisMethod))
            {
                errors.Add(new FieldError(field, "ANY_QUERY needs a table whose analysisMethod allows queries"));
            }
            else if (item == AnyJob && !AnalysisMethod.AllowsJobs(table.AnalysisMethod))
            {
                errors.Add(new FieldError(field, "ANY_JOB needs a table whose analysisMethod allows jobs (MULTIPLE)"));
            }
            else if (item is not (AnyQuery or AnyJob) && Arn.Parse(item)?.Region != region)
            {
                errors.Add(new FieldError(field, $"Analysis template ARNs on this server are in region {region}"));
            }
        }
    }
}
