using System.Data.Common;
using System.Text.Json;
using Cleanroom.Server.ConfiguredTables.Wire;
using Cleanroom.Server.Store;
using Cleanroom.Server.Wire;

namespace Cleanroom.Server.ConfiguredTables;

/// <summary>A configured table's analysis rule: its type and the policy exactly as sent.</summary>
internal sealed record AnalysisRuleRecord(string ConfiguredTableId, string Type, JsonElement Policy, DateTimeOffset CreateTime, DateTimeOffset UpdateTime)
{
    public const string Columns = "r.configured_table_id, r.type, r.policy, r.create_time, r.update_time";

    /// <summary>The policy as typed records (what the query engine enforces).</summary>
    public ConfiguredTableAnalysisRulePolicy TypedPolicy => Policy.Deserialize<ConfiguredTableAnalysisRulePolicy>(WireJson.CamelCase)!;

    /// <summary>The member object of the policy union (<c>policy.v1.aggregation</c> etc.), as sent.</summary>
    public JsonElement Body => Policy.GetProperty("v1").GetProperty(AnalysisRuleType.MemberOf(Type));

    public ConfiguredTableAnalysisRule ToWire(ConfiguredTableRecord table, string region) =>
        new(ConfiguredTableId, table.ArnIn(region), Policy, Type, CreateTime, UpdateTime);

    public static AnalysisRuleRecord Read(DbDataReader reader) => new(
        reader.Text("configured_table_id"),
        reader.Text("type"),
        JsonColumn.Element(reader.Text("policy"))!.Value,
        reader.Time("create_time"),
        reader.Time("update_time"));
}
