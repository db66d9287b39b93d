using Cleanroom.Server.Auth;
using Cleanroom.Server.JsonRpc;
using Cleanroom.Server.S3;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Cleanroom.Server.Hosting;

/// <summary>
/// After authentication: JSON-RPC services (Glue, Logs) go to their dispatcher, S3 to the S3 handler, and
/// Clean Rooms continues to routing. Nothing below this point sees another service's requests.
/// </summary>
internal sealed class ProtocolDispatchMiddleware(RequestDelegate next, JsonRpcTargets targets, S3Handler s3)
{
    public async Task InvokeAsync(HttpContext context)
    {
        switch (Caller.Of(context).Service)
        {
            case ServiceCatalog.Glue or ServiceCatalog.Logs:
                await JsonRpcDispatcher.HandleAsync(context, targets);
                break;
            case ServiceCatalog.S3:
                var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "/";
                var query = rawTarget.IndexOf('?', StringComparison.Ordinal);
                await s3(S3Request.From(context, query < 0 ? rawTarget : rawTarget[..query]));
                break;
            default:
                await next(context);
                break;
        }
    }
}
