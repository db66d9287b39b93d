using System.Data.Common;
using System.Text.Json;
using Cleanroom.Server.ConfiguredTables.Wire;
using Cleanroom.Server.Store;
using Cleanroom.Server.Wire.Routing;

namespace Cleanroom.Server.ConfiguredTables;

/// <summary>
/// A configured table row (account-level): the Glue table it reads (<see cref="GlueDatabase"/>.<see cref="GlueTable"/>,
/// lower case, in the owner's catalog), the columns collaborations may see, and the type of its analysis rule if it
/// has one. <see cref="TableReference"/> is the reference exactly as sent.
/// </summary>
internal sealed record ConfiguredTableRecord(
    string Id,
    string AccountId,
    string Name,
    string? Description,
    JsonElement TableReference,
    string GlueDatabase,
    string GlueTable,
    IReadOnlyList<string> AllowedColumns,
    string AnalysisMethod,
    IReadOnlyList<string>? SelectedAnalysisMethods,
    DateTimeOffset CreateTime,
    DateTimeOffset UpdateTime,
    string? RuleType)
{
    /// <summary>Rows come with the type of their analysis rule (at most one).</summary>
    public const string From = "configured_tables ct LEFT JOIN configured_table_analysis_rules r ON r.configured_table_id = ct.id";

    public const string Columns =
        "ct.id, ct.account_id, ct.name, ct.description, ct.table_reference, ct.glue_database, ct.glue_table, ct.allowed_columns, " +
        "ct.analysis_method, ct.selected_analysis_methods, ct.create_time, ct.update_time, r.type AS rule_type";

    public IReadOnlyList<string> AnalysisRuleTypes => RuleType is null ? [] : [RuleType];

    public string ArnIn(string region) => Arn.Format(region, AccountId, "configuredtable", Id);

    public ConfiguredTable ToWire(string region) => new(
        Id,
        ArnIn(region),
        Name,
        Description,
        TableReference,
        CreateTime,
        UpdateTime,
        AnalysisRuleTypes,
        AnalysisMethod,
        AllowedColumns,
        SelectedAnalysisMethods);

    public ConfiguredTableSummary ToSummary(string region) => new(
        Id,
        ArnIn(region),
        Name,
        CreateTime,
        UpdateTime,
        AnalysisRuleTypes,
        AnalysisMethod,
        SelectedAnalysisMethods);

    public static ConfiguredTableRecord Read(DbDataReader reader) => new(
        reader.Text("id"),
        reader.Text("account_id"),
        reader.Text("name"),
        reader.TextOrNull("description"),
        JsonColumn.Element(reader.Text("table_reference"))!.Value,
        reader.Text("glue_database"),
        reader.Text("glue_table"),
        JsonColumn.Read<List<string>>(reader.Text("allowed_columns"))!,
        reader.Text("analysis_method"),
        JsonColumn.Read<List<string>>(reader.TextOrNull("selected_analysis_methods")),
        reader.Time("create_time"),
        reader.Time("update_time"),
        reader.TextOrNull("rule_type"));
}
