using Cleanroom.Server.AnalysisTemplates.Wire;
using Cleanroom.Server.Collaborations;
using Cleanroom.Server.Store;
using Cleanroom.Server.Wire;
using Cleanroom.Server.Wire.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cleanroom.Server.AnalysisTemplates;

/// <summary>
/// ListCollaborationAnalysisTemplates, GetCollaborationAnalysisTemplate (the ARN is one URI-encoded path segment)
/// and BatchGetCollaborationAnalysisTemplate: the templates of a collaboration's active members, for its active
/// members, SQL included so data owners can review a template before approving it.
/// </summary>
internal static class CollaborationTemplateEndpoints
{
    public static void Map(OperationTable operations)
    {
        var group = operations.Group("CollaborationAnalysisTemplates");
        group.Map("ListCollaborationAnalysisTemplates", ListAsync);
        group.Map("GetCollaborationAnalysisTemplate", GetAsync);
        group.Map("BatchGetCollaborationAnalysisTemplate", BatchGetAsync);
    }

    private static Task<Ok<ListCollaborationAnalysisTemplatesOutput>> ListAsync(
        ApiCall call,
        string collaborationIdentifier,
        [FromQuery] int? maxResults,
        [FromQuery] string? nextToken,
        MetadataStore store,
        PageTokens tokens,
        ServerOptions options) =>
        store.ReadAsync(async db =>
        {
            var view = await CollaborationAccess.LoadAsActiveMemberAsync(db, call, collaborationIdentifier);
            var request = tokens.Start($"{call.Operation.Name}/{call.AccountId}/{view.Collaboration.Id}", maxResults, nextToken);
            var page = tokens.Complete(request, await AnalysisTemplateRows.VisibleInCollaborationAsync(db, view.Collaboration.Id, request));
            var arn = view.Collaboration.ArnIn(options.Region);
            return TypedResults.Ok(new ListCollaborationAnalysisTemplatesOutput(page.NextToken, [.. page.Items.Select(t => t.ToCollaborationSummary(options.Region, arn))]));
        });

    private static Task<Ok<CollaborationAnalysisTemplateOutput>> GetAsync(
        ApiCall call,
        string collaborationIdentifier,
        string analysisTemplateArn,
        MetadataStore store,
        ServerOptions options) =>
        store.ReadAsync(async db =>
        {
            var view = await CollaborationAccess.LoadAsActiveMemberAsync(db, call, collaborationIdentifier);
            var arn = ValidationMiddleware.RouteValue(analysisTemplateArn);
            var template = await FindAsync(db, view.Collaboration, arn, options.Region) ?? throw AnalysisTemplateEndpoints.NotFound(arn);
            return TypedResults.Ok(new CollaborationAnalysisTemplateOutput(template.ToCollaborationWire(options.Region, view.Collaboration.ArnIn(options.Region))));
        });

    /// <summary>Templates that are missing or not visible come back as errors inside the 200 response.</summary>
    private static Task<Ok<BatchGetCollaborationAnalysisTemplateOutput>> BatchGetAsync(
        ApiCall call,
        string collaborationIdentifier,
        MetadataStore store,
        ServerOptions options) =>
        store.ReadAsync(async db =>
        {
            var view = await CollaborationAccess.LoadAsActiveMemberAsync(db, call, collaborationIdentifier);
            var collaborationArn = view.Collaboration.ArnIn(options.Region);
            var found = new List<CollaborationAnalysisTemplate>();
            var errors = new List<BatchGetCollaborationAnalysisTemplateError>();
            foreach (var arn in call.Input<BatchGetCollaborationAnalysisTemplateInput>().AnalysisTemplateArns.Distinct(StringComparer.Ordinal))
            {
                if (await FindAsync(db, view.Collaboration, arn, options.Region) is { } template)
                {
                    found.Add(template.ToCollaborationWire(options.Region, collaborationArn));
                }
                else
                {
                    errors.Add(new BatchGetCollaborationAnalysisTemplateError(arn, "ResourceNotFound", "The analysis template does not exist or you do not have access to it."));
                }
            }

            return TypedResults.Ok(new BatchGetCollaborationAnalysisTemplateOutput(found, errors));
        });

    /// <summary>The template an ARN names, if it is visible in this collaboration and the ARN is exactly its ARN.</summary>
    private static async Task<AnalysisTemplateRecord?> FindAsync(DbSession db, CollaborationRecord collaboration, string arn, string region)
    {
        var parsed = Arn.Parse(arn);
        if (parsed is not { Kind: "membership/analysistemplate" })
        {
            return null;
        }

        var template = await AnalysisTemplateRows.FindVisibleAsync(db, collaboration.Id, parsed.Ids[1]);
        return template is not null && template.ArnIn(region) == arn ? template : null;
    }
}
