using System.Data.Common;
using System.Text.Json;
using Cleanroom.Server.Collaborations.Wire;
using Cleanroom.Server.Store;
using Cleanroom.Server.Wire.Routing;

namespace Cleanroom.Server.Collaborations;

/// <summary>A member entry of a collaboration (exists from creation, whether or not the account has joined).</summary>
internal sealed record MemberRecord(
    string CollaborationId,
    string AccountId,
    int Ordinal,
    string DisplayName,
    IReadOnlyList<string> Abilities,
    JsonElement? MlAbilities,
    PaymentConfiguration PaymentConfiguration,
    string Status,
    string? MembershipId,
    DateTimeOffset CreateTime,
    DateTimeOffset UpdateTime)
{
    public const string Columns =
        "m.collaboration_id, m.account_id, m.ordinal, m.display_name, m.abilities, m.ml_abilities, m.payment_configuration, " +
        "m.status, m.membership_id, m.create_time, m.update_time";

    public bool Can(string ability) => Abilities.Contains(ability, StringComparer.Ordinal);

    public string? MembershipArnIn(string region) =>
        MembershipId is null ? null : Arn.Format(region, AccountId, "membership", MembershipId);

    public MemberSummary ToSummary(string region) => new(
        AccountId,
        Status,
        DisplayName,
        Abilities,
        MlAbilities,
        CreateTime,
        UpdateTime,
        MembershipId,
        MembershipArnIn(region),
        PaymentConfiguration);

    public static MemberRecord Read(DbDataReader reader) => new(
        reader.Text("collaboration_id"),
        reader.Text("account_id"),
        (int)reader.Int64("ordinal"),
        reader.Text("display_name"),
        JsonColumn.Read<List<string>>(reader.Text("abilities"))!,
        JsonColumn.Element(reader.TextOrNull("ml_abilities")),
        JsonColumn.Read<PaymentConfiguration>(reader.Text("payment_configuration"))!,
        reader.Text("status"),
        reader.TextOrNull("membership_id"),
        reader.Time("create_time"),
        reader.Time("update_time"));
}
