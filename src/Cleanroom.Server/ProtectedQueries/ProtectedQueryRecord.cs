using System.Data.Common;
using System.Text.Json;
using Cleanroom.Server.ProtectedQueries.Logging;
using Cleanroom.Server.ProtectedQueries.Wire;
using Cleanroom.Server.Store;
using Cleanroom.Server.Wire.Routing;

namespace Cleanroom.Server.ProtectedQueries;

/// <summary>
/// A protected query row. <see cref="SqlParameters"/> and <see cref="ComputeConfiguration"/> are kept as sent;
/// <see cref="ResultConfiguration"/> is the one in force (the runner's default when it sent none). <see cref="Delivery"/>
/// and <see cref="LogAudience"/> are internal: where the result goes and who gets log records.
/// </summary>
internal sealed record ProtectedQueryRecord(
    string Id,
    string MembershipId,
    string CollaborationId,
    string AccountId,
    string Status,
    JsonElement SqlParameters,
    ProtectedQueryResultConfiguration ResultConfiguration,
    JsonElement? ComputeConfiguration,
    IReadOnlyList<string> Receivers,
    ResultDelivery Delivery,
    IReadOnlyList<LogRecipient> LogAudience,
    ProtectedQueryOutput? Output,
    ProtectedQueryError? Error,
    double? BilledUnits,
    DateTimeOffset CreateTime,
    DateTimeOffset? StartTime,
    DateTimeOffset? EndTime)
{
    public const string Columns =
        "q.id, q.membership_id, q.collaboration_id, q.account_id, q.status, q.sql_parameters, q.result_configuration, q.compute_configuration, " +
        "q.receivers, q.delivery, q.log_audience, q.result_output, q.error_code, q.error_message, q.billed_units, q.create_time, q.start_time, q.end_time";

    private const string DirectAnalysis = "DIRECT_ANALYSIS";

    public string MembershipArnIn(string region) => Arn.Format(region, AccountId, "membership", MembershipId);

    public ProtectedQuery ToWire(string region) => new(
        Id,
        MembershipId,
        MembershipArnIn(region),
        CreateTime,
        SqlParameters,
        Status,
        ResultConfiguration,
        EndTime is { } end
            ? new ProtectedQueryStatistics(
                (long)(end - CreateTime).TotalMilliseconds,
                BilledUnits is { } units ? new BilledResourceUtilization(units) : null)
            : null,
        Output is null ? null : new ProtectedQueryResult(Output),
        Error,
        ComputeConfiguration);

    public ProtectedQuerySummary ToSummary(string region) => new(
        Id,
        MembershipId,
        MembershipArnIn(region),
        CreateTime,
        Status,
        [new ReceiverConfiguration(DirectAnalysis, new ConfigurationDetails(new DirectAnalysisConfigurationDetails(Receivers)))]);

    public static ProtectedQueryRecord Read(DbDataReader reader)
    {
        var errorCode = reader.TextOrNull("error_code");
        return new ProtectedQueryRecord(
            reader.Text("id"),
            reader.Text("membership_id"),
            reader.Text("collaboration_id"),
            reader.Text("account_id"),
            reader.Text("status"),
            JsonColumn.Element(reader.Text("sql_parameters"))!.Value,
            JsonColumn.Read<ProtectedQueryResultConfiguration>(reader.Text("result_configuration"))!,
            JsonColumn.Element(reader.TextOrNull("compute_configuration")),
            JsonColumn.Read<List<string>>(reader.Text("receivers"))!,
            JsonColumn.Read<ResultDelivery>(reader.Text("delivery"))!,
            JsonColumn.Read<List<LogRecipient>>(reader.Text("log_audience"))!,
            JsonColumn.Read<ProtectedQueryOutput>(reader.TextOrNull("result_output")),
            errorCode is null ? null : new ProtectedQueryError(reader.Text("error_message"), errorCode),
            reader.IsDBNull(reader.GetOrdinal("billed_units")) ? null : reader.GetDouble(reader.GetOrdinal("billed_units")),
            reader.Time("create_time"),
            TimeOrNull(reader, "start_time"),
            TimeOrNull(reader, "end_time"));
    }

    private static DateTimeOffset? TimeOrNull(DbDataReader reader, string column) =>
        reader.IsDBNull(reader.GetOrdinal(column)) ? null : reader.Time(column);
}
