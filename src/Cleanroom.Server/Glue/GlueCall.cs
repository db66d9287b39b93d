using System.Text.Json;
using Cleanroom.Server.Glue.Wire;
using Cleanroom.Server.JsonRpc;
using Cleanroom.Server.Store;
using Cleanroom.Server.Wire;
using Cleanroom.Server.Wire.Model;
using Cleanroom.Server.Wire.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace Cleanroom.Server.Glue;

/// <summary>
/// A Glue catalog call after the checks every operation shares: the input is validated against the Glue model
/// (a failure is Glue's InvalidInputException, naming the member) and the catalog is the caller's own — each
/// account has exactly one catalog, and naming another account's catalog is refused.
/// </summary>
internal sealed record GlueCall(string AccountId, string Operation, CatalogRequest Request, MetadataStore Store, ServerOptions Options, PageTokens Tokens)
{
    private static readonly RequestValidator Validator = new(ServiceModel.Glue);
    private static readonly IReadOnlyDictionary<string, string> NoPath = new Dictionary<string, string>();
    private static readonly IReadOnlyDictionary<string, StringValues> NoQuery = new Dictionary<string, StringValues>();

    /// <summary>The request's database name (<c>DatabaseName</c>, or <c>Name</c> for the database operations), folded.</summary>
    public string DatabaseName => NameKey(Request.DatabaseName ?? Request.Name!);

    public DateTimeOffset Now => Options.Clock.GetUtcNow();

    public static GlueCall Open(JsonRpcCall call)
    {
        try
        {
            Validator.Validate(ServiceModel.Glue.Operation(call.Operation), new RequestValues(NoPath, NoQuery, call.Input));
        }
        catch (ApiException error) when (error.Code == "ValidationException")
        {
            throw GlueErrors.InvalidInput(error.Message);
        }

        CatalogRequest request;
        try
        {
            request = call.Read<CatalogRequest>(WireJson.PascalCase);
        }
        catch (JsonException)
        {
            throw GlueErrors.InvalidInput("The request body does not match the operation's input.");
        }

        if (request.CatalogId is not null && request.CatalogId != call.Caller.AccountId)
        {
            throw GlueErrors.AccessDenied("Only the caller's own catalog can be used; leave CatalogId out or give your account id.");
        }

        var services = call.Http.RequestServices;
        return new GlueCall(
            call.Caller.AccountId,
            call.Operation,
            request,
            services.GetRequiredService<MetadataStore>(),
            services.GetRequiredService<ServerOptions>(),
            services.GetRequiredService<PageTokens>());
    }

    /// <summary>Glue stores database and table names folded to lower case (Hive compatibility).</summary>
    public static string NameKey(string name) => name.ToLowerInvariant();
}
