using System.Data.Common;
using System.Text.Json;
using Cleanroom.Server.AnalysisTemplates.Wire;
using Cleanroom.Server.Store;
using Cleanroom.Server.Wire;
using Cleanroom.Server.Wire.Routing;
using Cleanroom.Sql.Binding;

namespace Cleanroom.Server.AnalysisTemplates;

/// <summary>
/// An analysis template row. Only the description ever changes; <see cref="SourceSha256"/> (hex SHA-256 of the
/// SQL text) identifies exactly what data owners approved. <see cref="Schema"/> always lists the referenced tables.
/// </summary>
internal sealed record AnalysisTemplateRecord(
    string Id,
    string MembershipId,
    string CollaborationId,
    string AccountId,
    string Name,
    string? Description,
    string Format,
    JsonElement Source,
    string SourceSha256,
    JsonElement? AnalysisParameters,
    JsonElement Schema,
    JsonElement? ErrorMessageConfiguration,
    DateTimeOffset CreateTime,
    DateTimeOffset UpdateTime)
{
    public const string Columns =
        "t.id, t.membership_id, t.collaboration_id, t.account_id, t.name, t.description, t.format, t.source, t.source_sha256, " +
        "t.analysis_parameters, t.template_schema, t.error_message_configuration, t.create_time, t.update_time";

    /// <summary>The SQL text.</summary>
    public string Text => Source.GetProperty("text").GetString()!;

    /// <summary>The declared parameters, ready for the SQL library's binder.</summary>
    public IReadOnlyList<ParameterDeclaration> Parameters =>
        (AnalysisParameters?.Deserialize<List<AnalysisParameter>>(WireJson.CamelCase) ?? [])
            .Select(p => ParameterDeclaration.TryParseType(p.Type, out var type) ? new ParameterDeclaration(p.Name, type, p.DefaultValue) : throw new InvalidDataException(p.Type))
            .ToArray();

    /// <summary>The association names the template reads.</summary>
    public IReadOnlyList<string> ReferencedTables => Schema.Deserialize<AnalysisSchema>(WireJson.CamelCase)!.ReferencedTables ?? [];

    public string ArnIn(string region) => Arn.Format(region, AccountId, "membership", MembershipId, "analysistemplate", Id);

    public AnalysisTemplate ToWire(string region, string collaborationArn) => new(
        Id,
        ArnIn(region),
        CollaborationId,
        collaborationArn,
        MembershipId,
        Arn.Format(region, AccountId, "membership", MembershipId),
        Description,
        Name,
        CreateTime,
        UpdateTime,
        Schema,
        Format,
        Source,
        AnalysisParameters,
        ErrorMessageConfiguration);

    public AnalysisTemplateSummary ToSummary(string region, string collaborationArn) => new(
        ArnIn(region),
        CreateTime,
        Id,
        Name,
        UpdateTime,
        Arn.Format(region, AccountId, "membership", MembershipId),
        MembershipId,
        collaborationArn,
        CollaborationId,
        Description);

    public CollaborationAnalysisTemplate ToCollaborationWire(string region, string collaborationArn) => new(
        Id,
        ArnIn(region),
        CollaborationId,
        collaborationArn,
        Description,
        AccountId,
        Name,
        CreateTime,
        UpdateTime,
        Schema,
        Format,
        Source,
        AnalysisParameters,
        ErrorMessageConfiguration);

    public CollaborationAnalysisTemplateSummary ToCollaborationSummary(string region, string collaborationArn) => new(
        ArnIn(region),
        CreateTime,
        Id,
        Name,
        UpdateTime,
        collaborationArn,
        CollaborationId,
        AccountId,
        Description);

    public static AnalysisTemplateRecord Read(DbDataReader reader) => new(
        reader.Text("id"),
        reader.Text("membership_id"),
        reader.Text("collaboration_id"),
        reader.Text("account_id"),
        reader.Text("name"),
        reader.TextOrNull("description"),
        reader.Text("format"),
        JsonColumn.Element(reader.Text("source"))!.Value,
        reader.Text("source_sha256"),
        JsonColumn.Element(reader.TextOrNull("analysis_parameters")),
        JsonColumn.Element(reader.Text("template_schema"))!.Value,
        JsonColumn.Element(reader.TextOrNull("error_message_configuration")),
        reader.Time("create_time"),
        reader.Time("update_time"));
}
