using Cleanroom.Server.Associations;
using Cleanroom.Server.Collaborations;
using Cleanroom.Server.Schemas.Wire;
using Cleanroom.Server.Store;
using Cleanroom.Server.Wire;
using Cleanroom.Server.Wire.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cleanroom.Server.Schemas;

/// <summary>
/// ListSchemas, GetSchema, BatchGetSchema, GetSchemaAnalysisRule, BatchGetSchemaAnalysisRule: the collaboration-wide
/// view of its tables, for active members only. Batch operations report missing names as errors in a 200.
/// </summary>
internal static class SchemaEndpoints
{
    private const string NotFoundCode = "ResourceNotFound";
    private const string MissingSchema = "The schema does not exist in the collaboration.";

    public static void Map(OperationTable operations)
    {
        var group = operations.Group("Schemas");
        group.Map("ListSchemas", ListAsync);
        group.Map("GetSchema", GetAsync);
        group.Map("BatchGetSchema", BatchGetAsync);
        group.Map("GetSchemaAnalysisRule", GetRuleAsync);
        group.Map("BatchGetSchemaAnalysisRule", BatchGetRulesAsync);
    }

    /// <summary>Only TABLE schemas exist (Cleanroom has no ID mapping tables), so filtering by ID_MAPPING_TABLE lists none.</summary>
    private static Task<Ok<ListSchemasOutput>> ListAsync(
        ApiCall call,
        string collaborationIdentifier,
        [FromQuery] string? schemaType,
        [FromQuery] int? maxResults,
        [FromQuery] string? nextToken,
        MetadataStore store,
        PageTokens tokens,
        ServerOptions options) =>
        store.ReadAsync(async db =>
        {
            var view = await CollaborationAccess.LoadAsActiveMemberAsync(db, call, collaborationIdentifier);
            var request = tokens.Start($"{call.Operation.Name}/{call.AccountId}/{view.Collaboration.Id}/{schemaType}", maxResults, nextToken);
            var schemas = schemaType is null or "TABLE" ? await CollaborationSchemas.LoadAsync(db, view.Collaboration, options.Region) : [];
            var page = tokens.Complete(request, [.. schemas.Skip(request.Offset).Take(request.FetchCount)]);
            return TypedResults.Ok(new ListSchemasOutput([.. page.Items.Select(schema => schema.ToSummary(options.Region))], page.NextToken));
        });

    private static Task<Ok<GetSchemaOutput>> GetAsync(ApiCall call, string collaborationIdentifier, string name, MetadataStore store, ServerOptions options) =>
        store.ReadAsync(async db =>
        {
            var view = await CollaborationAccess.LoadAsActiveMemberAsync(db, call, collaborationIdentifier);
            var schema = await CollaborationSchemas.FindAsync(db, view.Collaboration, options.Region, name)
                ?? throw ApiException.NotFound(MissingSchema, name, AssociationAccess.ResourceType);
            return TypedResults.Ok(new GetSchemaOutput(schema.ToWire(options.Region)));
        });

    private static Task<Ok<BatchGetSchemaOutput>> BatchGetAsync(ApiCall call, string collaborationIdentifier, MetadataStore store, ServerOptions options) =>
        store.ReadAsync(async db =>
        {
            var view = await CollaborationAccess.LoadAsActiveMemberAsync(db, call, collaborationIdentifier);
            var schemas = new List<Schema>();
            var errors = new List<BatchGetSchemaError>();
            foreach (var name in call.Input<BatchGetSchemaInput>().Names.Distinct(StringComparer.Ordinal))
            {
                if (await CollaborationSchemas.FindAsync(db, view.Collaboration, options.Region, name) is { } schema)
                {
                    schemas.Add(schema.ToWire(options.Region));
                }
                else
                {
                    errors.Add(new BatchGetSchemaError(name, NotFoundCode, MissingSchema));
                }
            }

            return TypedResults.Ok(new BatchGetSchemaOutput(schemas, errors));
        });

    private static Task<Ok<GetSchemaAnalysisRuleOutput>> GetRuleAsync(
        ApiCall call,
        string collaborationIdentifier,
        string name,
        string type,
        MetadataStore store,
        ServerOptions options) =>
        store.ReadAsync(async db =>
        {
            var view = await CollaborationAccess.LoadAsActiveMemberAsync(db, call, collaborationIdentifier);
            var rule = await RuleAsync(db, view.Collaboration, options.Region, name, type)
                ?? throw ApiException.NotFound($"The schema has no {type} analysis rule in the collaboration.", name, AssociationAccess.ResourceType);
            return TypedResults.Ok(new GetSchemaAnalysisRuleOutput(rule));
        });

    private static Task<Ok<BatchGetSchemaAnalysisRuleOutput>> BatchGetRulesAsync(ApiCall call, string collaborationIdentifier, MetadataStore store, ServerOptions options) =>
        store.ReadAsync(async db =>
        {
            var view = await CollaborationAccess.LoadAsActiveMemberAsync(db, call, collaborationIdentifier);
            var rules = new List<SchemaAnalysisRule>();
            var errors = new List<BatchGetSchemaAnalysisRuleError>();
            foreach (var request in call.Input<BatchGetSchemaAnalysisRuleInput>().SchemaAnalysisRuleRequests.Distinct())
            {
                if (await RuleAsync(db, view.Collaboration, options.Region, request.Name, request.Type) is { } rule)
                {
                    rules.Add(rule);
                }
                else
                {
                    errors.Add(new BatchGetSchemaAnalysisRuleError(request.Name, request.Type, NotFoundCode, $"The schema has no {request.Type} analysis rule in the collaboration."));
                }
            }

            return TypedResults.Ok(new BatchGetSchemaAnalysisRuleOutput(rules, errors));
        });

    private static async Task<SchemaAnalysisRule?> RuleAsync(DbSession db, CollaborationRecord collaboration, string region, string name, string type)
    {
        var rule = (await CollaborationSchemas.FindAsync(db, collaboration, region, name))?.ToAnalysisRule();
        return rule is not null && rule.Type == type ? rule : null;
    }
}
