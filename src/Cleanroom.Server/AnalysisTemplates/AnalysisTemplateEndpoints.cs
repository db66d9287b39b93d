using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Cleanroom.Server.AnalysisTemplates.Wire;
using Cleanroom.Server.Associations;
using Cleanroom.Server.Collaborations;
using Cleanroom.Server.Memberships;
using Cleanroom.Server.Quotas;
using Cleanroom.Server.Store;
using Cleanroom.Server.Tags;
using Cleanroom.Server.Wire;
using Cleanroom.Server.Wire.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cleanroom.Server.AnalysisTemplates;

/// <summary>
/// Create/Get/List/Update/DeleteAnalysisTemplate in the caller's membership. Any active member may create a SQL
/// template (the member who can query is the one who runs them); templates are immutable but for the description.
/// </summary>
internal static class AnalysisTemplateEndpoints
{
    public const string ResourceType = "MEMBERSHIP";

    public static void Map(OperationTable operations)
    {
        var group = operations.Group("AnalysisTemplates");
        group.Map("CreateAnalysisTemplate", CreateAsync);
        group.Map("GetAnalysisTemplate", GetAsync);
        group.Map("ListAnalysisTemplates", ListAsync);
        group.Map("UpdateAnalysisTemplate", UpdateAsync);
        group.Map("DeleteAnalysisTemplate", DeleteAsync);
    }

    /// <summary>The error for a template the caller may not see: the same as for one that does not exist.</summary>
    public static ApiException NotFound(string id) =>
        ApiException.NotFound("The analysis template does not exist or you do not have access to it.", id, ResourceType);

    private static Task<Ok<AnalysisTemplateOutput>> CreateAsync(ApiCall call, string membershipIdentifier, MetadataStore store, ServerOptions options) =>
        store.WriteAsync(async db =>
        {
            var membership = await MembershipAccess.LoadActiveOwnedAsync(db, call, membershipIdentifier);
            var input = call.Input<CreateAnalysisTemplateInput>();
            if (input.Format != "SQL" || input.Source.Text is null)
            {
                throw ApiException.Validation(
                    "PySpark analysis templates are not supported; create a SQL template (format SQL with source.text).",
                    new FieldError(input.Format != "SQL" ? "format" : "source.artifacts", "Only SQL templates are supported"));
            }

            if (input.SyntheticDataParameters is not null)
            {
                throw ApiException.Validation(
                    "Synthetic data generation (Clean Rooms ML) is not supported.",
                    new FieldError("syntheticDataParameters", "Not supported"));
            }

            Quota.Check(Quota.AnalysisTemplatesPerMembership, await AnalysisTemplateRows.CountForMembershipAsync(db, membership.Id) + 1, options.Quotas.AnalysisTemplatesPerMembership);
            if (await AnalysisTemplateRows.CountNamedAsync(db, membership.Id, input.Name) > 0)
            {
                throw ApiException.Conflict("This membership already has an analysis template with this name.", "ALREADY_EXISTS", input.Name, ResourceType);
            }

            var tables = (await AssociationRows.VisibleInCollaborationAsync(db, membership.CollaborationId)).Select(a => a.Name).ToArray();
            var referenced = TemplateSqlRules.Check(input.Source.Text, input.AnalysisParameters ?? [], input.Schema?.ReferencedTables, tables);
            var now = options.Clock.GetUtcNow();
            var template = new AnalysisTemplateRecord(
                Guid.NewGuid().ToString(),
                membership.Id,
                membership.CollaborationId,
                call.AccountId,
                input.Name,
                input.Description,
                input.Format,
                JsonSerializer.SerializeToElement(new AnalysisSource(input.Source.Text, null), WireJson.CamelCase),
                Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(input.Source.Text))),
                input.AnalysisParameters is null ? null : call.Body.GetProperty("analysisParameters").Clone(),
                JsonSerializer.SerializeToElement(new AnalysisSchema(referenced), WireJson.CamelCase),
                input.ErrorMessageConfiguration,
                now,
                now);
            await AnalysisTemplateRows.InsertAsync(db, template);
            await TagRows.AddAsync(db, template.ArnIn(options.Region), input.Tags);
            return TypedResults.Ok(new AnalysisTemplateOutput(template.ToWire(options.Region, await CollaborationArnAsync(db, membership, options))));
        });

    private static Task<Ok<AnalysisTemplateOutput>> GetAsync(
        ApiCall call,
        string membershipIdentifier,
        string analysisTemplateIdentifier,
        MetadataStore store,
        ServerOptions options) =>
        store.ReadAsync(async db =>
        {
            var (membership, template) = await LoadOwnedAsync(db, call, membershipIdentifier, analysisTemplateIdentifier, toChange: false);
            return TypedResults.Ok(new AnalysisTemplateOutput(template.ToWire(options.Region, await CollaborationArnAsync(db, membership, options))));
        });

    private static Task<Ok<ListAnalysisTemplatesOutput>> ListAsync(
        ApiCall call,
        string membershipIdentifier,
        [FromQuery] int? maxResults,
        [FromQuery] string? nextToken,
        MetadataStore store,
        PageTokens tokens,
        ServerOptions options) =>
        store.ReadAsync(async db =>
        {
            var membership = await MembershipAccess.LoadOwnedAsync(db, call, membershipIdentifier);
            var request = tokens.Start($"{call.Operation.Name}/{call.AccountId}/{membership.Id}", maxResults, nextToken);
            var page = tokens.Complete(request, await AnalysisTemplateRows.ListForMembershipAsync(db, membership.Id, request));
            var collaborationArn = await CollaborationArnAsync(db, membership, options);
            return TypedResults.Ok(new ListAnalysisTemplatesOutput(page.NextToken, [.. page.Items.Select(t => t.ToSummary(options.Region, collaborationArn))]));
        });

    /// <summary>Only the description changes: the SQL, parameters and referenced tables are what owners approved.</summary>
    private static Task<Ok<AnalysisTemplateOutput>> UpdateAsync(
        ApiCall call,
        string membershipIdentifier,
        string analysisTemplateIdentifier,
        MetadataStore store,
        ServerOptions options) =>
        store.WriteAsync(async db =>
        {
            var (membership, template) = await LoadOwnedAsync(db, call, membershipIdentifier, analysisTemplateIdentifier, toChange: true);
            var input = call.Input<UpdateAnalysisTemplateInput>();
            var updated = template with { Description = input.Description ?? template.Description, UpdateTime = options.Clock.GetUtcNow() };
            await AnalysisTemplateRows.UpdateDescriptionAsync(db, updated);
            return TypedResults.Ok(new AnalysisTemplateOutput(updated.ToWire(options.Region, await CollaborationArnAsync(db, membership, options))));
        });

    private static Task<NoContent> DeleteAsync(
        ApiCall call,
        string membershipIdentifier,
        string analysisTemplateIdentifier,
        MetadataStore store,
        ServerOptions options) =>
        store.WriteAsync(async db =>
        {
            var (_, template) = await LoadOwnedAsync(db, call, membershipIdentifier, analysisTemplateIdentifier, toChange: false);
            await AnalysisTemplateRows.DeleteAsync(db, template.Id);
            await TagRows.DeleteAllAsync(db, template.ArnIn(options.Region));
            return TypedResults.NoContent();
        });

    private static async Task<(MembershipRecord Membership, AnalysisTemplateRecord Template)> LoadOwnedAsync(
        DbSession db,
        ApiCall call,
        string membershipId,
        string templateId,
        bool toChange)
    {
        var membership = toChange
            ? await MembershipAccess.LoadActiveOwnedAsync(db, call, membershipId)
            : await MembershipAccess.LoadOwnedAsync(db, call, membershipId);
        var template = await AnalysisTemplateRows.FindAsync(db, templateId);
        return template is not null && template.MembershipId == membership.Id ? (membership, template) : throw NotFound(templateId);
    }

    private static async Task<string> CollaborationArnAsync(DbSession db, MembershipRecord membership, ServerOptions options) =>
        (await CollaborationRows.FindAsync(db, membership.CollaborationId))!.ArnIn(options.Region);
}
