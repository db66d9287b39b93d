using Cleanroom.Server.Wire;

namespace Cleanroom.Server.S3;

/// <summary>The S3 handler until the object store exists: reads the body (so its hash is verified) and answers NotImplemented.</summary>
internal static class S3NotImplemented
{
    public static async Task HandleAsync(S3Request request)
    {
        await request.Http.Request.Body.CopyToAsync(Stream.Null, request.Http.RequestAborted);
        throw new ApiException("NotImplemented", 501, "The S3 API is not available on this server yet.");
    }
}
