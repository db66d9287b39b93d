using Cleanroom.Server.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Cleanroom.Server.Hosting;

/// <summary>
/// First in the pipeline: assigns the request id, then renders every failure as an AWS error. Unexpected
/// exceptions become a generic InternalServerException; their details go only to the server log, and the
/// log line names the operation, never request data.
/// </summary>
internal sealed class ErrorMiddleware(RequestDelegate next, ILogger<ErrorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var state = new RequestState(Guid.NewGuid().ToString(), ServiceCatalog.Guess(context.Request));
        context.Features.Set(state);
        context.Response.Headers["x-amzn-RequestId"] = state.RequestId;
        try
        {
            await next(context);
        }
        catch (ApiException error) when (!context.Response.HasStarted)
        {
            await ErrorRenderer.WriteAsync(context, error);
        }
        catch (BadHttpRequestException error) when (!context.Response.HasStarted)
        {
            var code = error.StatusCode == StatusCodes.Status413PayloadTooLarge ? "RequestEntityTooLargeException" : "SerializationException";
            await ErrorRenderer.WriteAsync(context, new ApiException(code, error.StatusCode, "The request could not be read."));
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nothing to answer.
        }
        catch (Exception error) when (!context.Response.HasStarted)
        {
            logger.LogError(error, "Request {RequestId} {Method} failed unexpectedly", state.RequestId, context.Request.Method);
            await ErrorRenderer.WriteAsync(context, ApiException.Internal());
        }
    }
}
