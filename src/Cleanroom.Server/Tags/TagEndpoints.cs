using Cleanroom.Server.Store;
using Cleanroom.Server.Tags.Wire;
using Cleanroom.Server.Wire;
using Cleanroom.Server.Wire.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cleanroom.Server.Tags;

/// <summary>TagResource, UntagResource, ListTagsForResource. Only the account that owns a resource sees or changes its tags.</summary>
internal static class TagEndpoints
{
    public static void Map(OperationTable operations)
    {
        var group = operations.Group("Tags");
        group.Map("TagResource", TagAsync);
        group.Map("UntagResource", UntagAsync);
        group.Map("ListTagsForResource", ListAsync);
    }

    private static Task<Ok<EmptyOutput>> TagAsync(ApiCall call, string resourceArn, MetadataStore store, TagTargets targets, ServerOptions options) =>
        store.WriteAsync(async db =>
        {
            var arn = await ResolveAsync(db, call, resourceArn, targets, options);
            await TagRows.AddAsync(db, arn, call.Input<TagResourceInput>().Tags);
            return TypedResults.Ok(new EmptyOutput());
        });

    private static Task<Ok<EmptyOutput>> UntagAsync(ApiCall call, string resourceArn, [FromQuery] string[] tagKeys, MetadataStore store, TagTargets targets, ServerOptions options) =>
        store.WriteAsync(async db =>
        {
            var arn = await ResolveAsync(db, call, resourceArn, targets, options);
            await TagRows.RemoveAsync(db, arn, tagKeys);
            return TypedResults.Ok(new EmptyOutput());
        });

    private static Task<Ok<ListTagsForResourceOutput>> ListAsync(ApiCall call, string resourceArn, MetadataStore store, TagTargets targets, ServerOptions options) =>
        store.ReadAsync(async db =>
        {
            var arn = await ResolveAsync(db, call, resourceArn, targets, options);
            return TypedResults.Ok(new ListTagsForResourceOutput(await TagRows.ListAsync(db, arn)));
        });

    /// <summary>The canonical ARN of a resource the caller owns; anything else is "not found", whoever owns it.</summary>
    private static async Task<string> ResolveAsync(DbSession db, ApiCall call, string resourceArn, TagTargets targets, ServerOptions options)
    {
        var text = ValidationMiddleware.RouteValue(resourceArn);
        var arn = Arn.Parse(text);
        if (arn is null || arn.Region != options.Region || arn.AccountId != call.AccountId || !await targets.ExistsAsync(db, arn))
        {
            throw call.Hidden(ResourceTypeOf(arn), text);
        }

        return text;
    }

    /// <summary>The model has only four resource types; report the nearest one.</summary>
    private static string ResourceTypeOf(Arn? arn) => arn?.Kind switch
    {
        null => "COLLABORATION",
        "configuredtable" => "CONFIGURED_TABLE",
        "membership/configuredtableassociation" => "CONFIGURED_TABLE_ASSOCIATION",
        var kind when kind.StartsWith("membership", StringComparison.Ordinal) => "MEMBERSHIP",
        _ => "COLLABORATION",
    };
}
