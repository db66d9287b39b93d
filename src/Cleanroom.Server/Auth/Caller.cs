using Microsoft.AspNetCore.Http;

namespace Cleanroom.Server.Auth;

/// <summary>The authenticated account behind a request (set by <see cref="AuthenticationMiddleware"/>).</summary>
internal sealed record Caller(string AccountId, string AccessKeyId, string Service, string Region, SigningContext Signing)
{
    public static Caller Of(HttpContext context) =>
        context.Features.Get<Caller>() ?? throw new InvalidOperationException("The request was not authenticated.");
}
