using System.Data.Common;
using System.Text.Json;
using Cleanroom.Server.Store;
using Cleanroom.Server.Wire.Routing;

namespace Cleanroom.Server.Collaborations;

/// <summary>A collaboration row.</summary>
internal sealed record CollaborationRecord(
    string Id,
    string CreatorAccountId,
    string Name,
    string? Description,
    string CreatorDisplayName,
    string QueryLogStatus,
    string? JobLogStatus,
    string? AnalyticsEngine,
    JsonElement? DataEncryptionMetadata,
    IReadOnlyList<string>? AutoApprovedChangeTypes,
    IReadOnlyList<string>? AllowedResultRegions,
    bool? IsMetricsEnabled,
    DateTimeOffset CreateTime,
    DateTimeOffset UpdateTime,
    bool Deleted)
{
    public const string Columns =
        "c.id, c.creator_account_id, c.name, c.description, c.creator_display_name, c.query_log_status, c.job_log_status, " +
        "c.analytics_engine, c.data_encryption_metadata, c.auto_approved_change_types, c.allowed_result_regions, " +
        "c.is_metrics_enabled, c.create_time, c.update_time, c.deleted_time";

    public string ArnIn(string region) => Arn.Format(region, CreatorAccountId, "collaboration", Id);

    /// <summary>The wire view for the caller whose member entry is <paramref name="caller"/>.</summary>
    public Wire.Collaboration ToWire(MemberRecord caller, string region) => new(
        Id,
        ArnIn(region),
        Name,
        Description,
        CreatorAccountId,
        CreatorDisplayName,
        CreateTime,
        UpdateTime,
        caller.Status,
        caller.MembershipId,
        caller.MembershipArnIn(region),
        DataEncryptionMetadata,
        QueryLogStatus,
        JobLogStatus,
        AnalyticsEngine,
        AutoApprovedChangeTypes,
        AllowedResultRegions,
        IsMetricsEnabled);

    public Wire.CollaborationSummary ToSummary(MemberRecord caller, string region) => new(
        Id,
        ArnIn(region),
        Name,
        CreatorAccountId,
        CreatorDisplayName,
        CreateTime,
        UpdateTime,
        caller.Status,
        caller.MembershipId,
        caller.MembershipArnIn(region),
        AnalyticsEngine);

    public static CollaborationRecord Read(DbDataReader reader) => new(
        reader.Text("id"),
        reader.Text("creator_account_id"),
        reader.Text("name"),
        reader.TextOrNull("description"),
        reader.Text("creator_display_name"),
        reader.Text("query_log_status"),
        reader.TextOrNull("job_log_status"),
        reader.TextOrNull("analytics_engine"),
        JsonColumn.Element(reader.TextOrNull("data_encryption_metadata")),
        JsonColumn.Read<List<string>>(reader.TextOrNull("auto_approved_change_types")),
        JsonColumn.Read<List<string>>(reader.TextOrNull("allowed_result_regions")),
        reader.BoolOrNull("is_metrics_enabled"),
        reader.Time("create_time"),
        reader.Time("update_time"),
        !reader.IsDBNull(reader.GetOrdinal("deleted_time")));
}
