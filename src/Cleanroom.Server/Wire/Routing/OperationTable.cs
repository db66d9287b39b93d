using Cleanroom.Server.Wire.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cleanroom.Server.Wire.Routing;

/// <summary>
/// The one way to add a Clean Rooms operation: <c>operations.Map("GetCollaboration", Handler)</c>. Method and path
/// come from the model, so a route cannot drift from the wire contract. Whatever the model has and no area
/// mapped is routed by <see cref="MapUnsupported"/> to a "not supported yet" ValidationException.
/// </summary>
internal sealed class OperationTable(IEndpointRouteBuilder routes, HashSet<string> mapped)
{
    public OperationTable(IEndpointRouteBuilder routes)
        : this(routes, new HashSet<string>(StringComparer.Ordinal))
    {
    }

    /// <summary>A route group for one resource's operations (paths stay the model's; the group carries shared metadata).</summary>
    public OperationTable Group(string resource) => new(routes.MapGroup(string.Empty).WithTags(resource), mapped);

    public RouteHandlerBuilder Map(string operationName, Delegate handler)
    {
        var operation = ServiceModel.CleanRooms.Operation(operationName);
        if (!mapped.Add(operationName))
        {
            throw new InvalidOperationException($"{operationName} is mapped twice.");
        }

        return routes.MapMethods(operation.Uri, [operation.Method], handler)
            .WithName(operationName)
            .WithMetadata(new OperationMetadata(operation, Implemented: true));
    }

    public void MapUnsupported()
    {
        foreach (var operation in ServiceModel.CleanRooms.Operations.Values.Where(operation => !mapped.Contains(operation.Name)))
        {
            var message = $"{operation.Name} is not supported by Cleanroom yet.";
            routes.MapMethods(operation.Uri, [operation.Method], (RequestDelegate)(_ => throw new ApiException("ValidationException", 400, message)))
                .WithName(operation.Name)
                .WithMetadata(new OperationMetadata(operation, Implemented: false));
        }
    }

    /// <summary>The route table of a built application: every mapped operation and whether it is implemented.</summary>
    public static IReadOnlyList<OperationMetadata> Catalog(IServiceProvider services) =>
        ((EndpointDataSource)services.GetService(typeof(EndpointDataSource))!).Endpoints
            .Select(endpoint => endpoint.Metadata.GetMetadata<OperationMetadata>())
            .OfType<OperationMetadata>()
            .ToArray();
}
