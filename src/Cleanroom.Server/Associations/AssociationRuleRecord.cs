using System.Data.Common;
using System.Text.Json;
using Cleanroom.Server.Associations.Wire;
using Cleanroom.Server.Store;
using Cleanroom.Server.Wire;

namespace Cleanroom.Server.Associations;

/// <summary>An association's collaboration analysis rule: its type (the configured table's) and the policy as sent.</summary>
internal sealed record AssociationRuleRecord(string AssociationId, string Type, JsonElement Policy, DateTimeOffset CreateTime, DateTimeOffset UpdateTime)
{
    public const string Columns = "ar.association_id, ar.type, ar.policy, ar.create_time, ar.update_time";

    public AssociationRuleBody Body => Policy.Deserialize<AssociationRulePolicy>(WireJson.CamelCase)!.V1!.Body;

    public AssociationAnalysisRule ToWire(AssociationRecord association, string region) =>
        new(association.MembershipId, association.Id, association.ArnIn(region), Policy, Type, CreateTime, UpdateTime);

    public static AssociationRuleRecord Read(DbDataReader reader) => new(
        reader.Text("association_id"),
        reader.Text("type"),
        JsonColumn.Element(reader.Text("policy"))!.Value,
        reader.Time("create_time"),
        reader.Time("update_time"));
}
