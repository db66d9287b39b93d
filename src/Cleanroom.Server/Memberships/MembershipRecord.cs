using System.Data.Common;
using System.Text.Json;
using Cleanroom.Server.Store;
using Cleanroom.Server.Wire.Routing;

namespace Cleanroom.Server.Memberships;

/// <summary>A membership row: one account's participation in one collaboration.</summary>
internal sealed record MembershipRecord(
    string Id,
    string CollaborationId,
    string AccountId,
    string Status,
    string QueryLogStatus,
    string? JobLogStatus,
    JsonElement? DefaultResultConfiguration,
    JsonElement? DefaultJobResultConfiguration,
    bool? IsMetricsEnabled,
    DateTimeOffset CreateTime,
    DateTimeOffset UpdateTime)
{
    public const string Columns =
        "ms.id, ms.collaboration_id, ms.account_id, ms.status, ms.query_log_status, ms.job_log_status, " +
        "ms.default_result_configuration, ms.default_job_result_configuration, ms.is_metrics_enabled, ms.create_time, ms.update_time";

    public string ArnIn(string region) => Arn.Format(region, AccountId, "membership", Id);

    public static MembershipRecord Read(DbDataReader reader) => new(
        reader.Text("id"),
        reader.Text("collaboration_id"),
        reader.Text("account_id"),
        reader.Text("status"),
        reader.Text("query_log_status"),
        reader.TextOrNull("job_log_status"),
        JsonColumn.Element(reader.TextOrNull("default_result_configuration")),
        JsonColumn.Element(reader.TextOrNull("default_job_result_configuration")),
        reader.BoolOrNull("is_metrics_enabled"),
        reader.Time("create_time"),
        reader.Time("update_time"));
}
