using System.Text.Json.Nodes;
using Cleanroom.Server.Associations;
using Cleanroom.Server.Collaborations;
using Cleanroom.Server.ConfiguredTables;
using Cleanroom.Server.Glue;
using Cleanroom.Server.Schemas.Wire;

namespace Cleanroom.Server.Schemas;

/// <summary>
/// One table of a collaboration as members see it, computed from its parts: the association (name, owner), the
/// owner's configured table (allowed columns, rule), the Glue table in the owner's catalog (how to read it, column
/// types) and the association's collaboration analysis rule (result receivers). This is what the query engine
/// resolves association names against: only <see cref="Columns"/> and <see cref="PartitionKeys"/> exist for it.
/// </summary>
internal sealed record CollaborationSchema(
    CollaborationRecord Collaboration,
    AssociationRecord Association,
    ConfiguredTableRecord Table,
    TableSource Source,
    AnalysisRuleRecord? Rule,
    AssociationRuleRecord? CollaborationRule,
    IReadOnlyList<SchemaStatusDetail> StatusDetails)
{
    private const string TableType = "TABLE";

    public string Name => Association.Name;

    public string OwnerAccountId => Association.AccountId;

    /// <summary>The allowed data columns, in the Glue table's order.</summary>
    public IReadOnlyList<TableColumn> Columns => [.. Source.Columns.Where(column => Table.AllowedColumns.Contains(column.Name))];

    /// <summary>The allowed partition keys, in the Glue table's order.</summary>
    public IReadOnlyList<TableColumn> PartitionKeys => [.. Source.PartitionKeys.Where(column => Table.AllowedColumns.Contains(column.Name))];

    /// <summary>Whether the table can be queried directly now (its DIRECT_ANALYSIS status is READY).</summary>
    public bool IsReady => StatusDetails.Any(detail => detail.AnalysisType == SchemaStatusCode.DirectAnalysis && detail.Status == SchemaStatusCode.Ready);

    /// <summary>Who may receive results of queries on this table (empty without a collaboration analysis rule).</summary>
    public IReadOnlyList<string> AllowedResultReceivers => CollaborationRule?.Body.AllowedResultReceivers ?? [];

    public DateTimeOffset UpdateTime => new[] { Association.UpdateTime, Table.UpdateTime, Rule?.UpdateTime, CollaborationRule?.UpdateTime }.Max()!.Value;

    public Schema ToWire(string region) => new(
        [.. Columns.Select(column => new SchemaColumn(column.Name, column.TypeText))],
        [.. PartitionKeys.Select(column => new SchemaColumn(column.Name, column.TypeText))],
        Table.AnalysisRuleTypes,
        Table.AnalysisMethod,
        Table.SelectedAnalysisMethods,
        OwnerAccountId,
        Name,
        Collaboration.Id,
        Collaboration.ArnIn(region),
        Association.Description ?? string.Empty,
        Association.CreateTime,
        UpdateTime,
        TableType,
        StatusDetails,
        Association.ArnIn(region));

    public SchemaSummary ToSummary(string region) => new(
        Name,
        TableType,
        OwnerAccountId,
        Association.CreateTime,
        UpdateTime,
        Collaboration.Id,
        Collaboration.ArnIn(region),
        Table.AnalysisRuleTypes,
        Table.AnalysisMethod,
        Association.ArnIn(region),
        Table.SelectedAnalysisMethods);

    /// <summary>The schema's analysis rule, or null when the configured table has none.</summary>
    public SchemaAnalysisRule? ToAnalysisRule() => Rule is null
        ? null
        : new SchemaAnalysisRule(
            Collaboration.Id,
            Rule.Type,
            Name,
            Rule.CreateTime,
            CollaborationRule is null || CollaborationRule.UpdateTime < Rule.UpdateTime ? Rule.UpdateTime : CollaborationRule.UpdateTime,
            Rule.Policy,
            CollaborationRule?.Policy,
            ConsolidatedPolicy());

    /// <summary>The table's rule with the collaboration rule's two lists merged in: <c>{"v1": {"aggregation": {…}}}</c>.</summary>
    private JsonObject ConsolidatedPolicy()
    {
        var body = JsonNode.Parse(Rule!.Body.GetRawText())!.AsObject();
        if (CollaborationRule is not null)
        {
            var merged = CollaborationRule.Body;
            body["allowedResultReceivers"] = new JsonArray([.. (merged.AllowedResultReceivers ?? []).Select(item => JsonValue.Create(item))]);
            body["allowedAdditionalAnalyses"] = new JsonArray([.. (merged.AllowedAdditionalAnalyses ?? []).Select(item => JsonValue.Create(item))]);
        }

        return new JsonObject { ["v1"] = new JsonObject { [AnalysisRuleType.MemberOf(Rule.Type)] = body } };
    }
}
