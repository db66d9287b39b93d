using System.Data.Common;
using Cleanroom.Server.Associations.Wire;
using Cleanroom.Server.Store;
using Cleanroom.Server.Wire.Routing;

namespace Cleanroom.Server.Associations;

/// <summary>
/// A configured table association row: one of the owner's configured tables, offered in one collaboration through
/// the owner's membership under <see cref="Name"/> (the schema name queries use), with the type of its
/// collaboration analysis rule if it has one.
/// </summary>
internal sealed record AssociationRecord(
    string Id,
    string MembershipId,
    string CollaborationId,
    string AccountId,
    string ConfiguredTableId,
    string Name,
    string? Description,
    string RoleArn,
    DateTimeOffset CreateTime,
    DateTimeOffset UpdateTime,
    string? RuleType)
{
    /// <summary>Rows come with the type of their collaboration analysis rule (at most one: it must match the table's).</summary>
    public const string From =
        "configured_table_associations a LEFT JOIN configured_table_association_analysis_rules ar ON ar.association_id = a.id";

    public const string Columns =
        "a.id, a.membership_id, a.collaboration_id, a.account_id, a.configured_table_id, a.name, a.description, a.role_arn, " +
        "a.create_time, a.update_time, ar.type AS rule_type";

    /// <summary>Association names are compared case-insensitively: SQL folds table names to lower case.</summary>
    public static string KeyOf(string name) => name.ToLowerInvariant();

    public string ArnIn(string region) => Arn.Format(region, AccountId, "membership", MembershipId, "configuredtableassociation", Id);

    public ConfiguredTableAssociation ToWire(string region) => new(
        ArnIn(region),
        Id,
        ConfiguredTableId,
        Arn.Format(region, AccountId, "configuredtable", ConfiguredTableId),
        MembershipId,
        Arn.Format(region, AccountId, "membership", MembershipId),
        RoleArn,
        Name,
        Description,
        RuleType is null ? [] : [RuleType],
        CreateTime,
        UpdateTime);

    public ConfiguredTableAssociationSummary ToSummary(string region)
    {
        var wire = ToWire(region);
        return new ConfiguredTableAssociationSummary(
            wire.ConfiguredTableId,
            wire.MembershipId,
            wire.MembershipArn,
            wire.Name,
            wire.CreateTime,
            wire.UpdateTime,
            wire.Id,
            wire.Arn,
            wire.AnalysisRuleTypes);
    }

    public static AssociationRecord Read(DbDataReader reader) => new(
        reader.Text("id"),
        reader.Text("membership_id"),
        reader.Text("collaboration_id"),
        reader.Text("account_id"),
        reader.Text("configured_table_id"),
        reader.Text("name"),
        reader.TextOrNull("description"),
        reader.Text("role_arn"),
        reader.Time("create_time"),
        reader.Time("update_time"),
        reader.TextOrNull("rule_type"));
}
