using Microsoft.AspNetCore.Http;

namespace Cleanroom.Server.Hosting;

/// <summary>
/// An unsigned <c>GET /healthz</c> answers 200; the server only listens once its store is open. (A signed request
/// for the same path is an S3 request for a bucket of that name.)
/// </summary>
internal sealed class HealthMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path == "/healthz" && !context.Request.Headers.ContainsKey("Authorization") && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "text/plain";
            return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : context.Response.WriteAsync("ok\n");
        }

        return next(context);
    }
}
