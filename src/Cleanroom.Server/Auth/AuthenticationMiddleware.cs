using System.Globalization;
using Cleanroom.Server.Accounts;
using Cleanroom.Server.Hosting;
using Cleanroom.Server.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Cleanroom.Server.Auth;

/// <summary>
/// Verifies AWS Signature Version 4 (Authorization header, or a presigned URL's query string) on every API request and sets the
/// <see cref="Caller"/>. The credential scope's service selects the protocol; any region string is accepted.
/// Non-S3 bodies are buffered and hashed, so a body changed after signing fails; S3 bodies stream and are
/// checked against <c>x-amz-content-sha256</c> as they are read.
/// </summary>
internal sealed class AuthenticationMiddleware(RequestDelegate next, AccountStore accounts, ServerOptions options)
{
    private const string AmzDateFormat = "yyyyMMdd'T'HHmmss'Z'";

    public async Task InvokeAsync(HttpContext context)
    {
        var state = RequestState.Of(context);
        var request = context.Request;
        var authorization = request.Headers.Authorization.ToString();
        var presigned = authorization.Length == 0 && request.Query.ContainsKey(AuthorizationHeader.SignatureParameter);
        if (authorization.Length == 0 && !presigned)
        {
            throw AuthErrors.For(state.Protocol, AuthFailure.Missing);
        }

        var header = presigned ? AuthorizationHeader.FromQuery(request.Query) : AuthorizationHeader.Parse(authorization);
        if (header is null)
        {
            throw AuthErrors.For(state.Protocol, AuthFailure.Malformed);
        }

        if (ServiceCatalog.ProtocolOf(header.Service) is not { } protocol)
        {
            throw AuthErrors.For(state.Protocol, AuthFailure.UnknownService, $"Credential should be scoped to correct service: '{ServiceCatalog.CleanRooms}', '{ServiceCatalog.Glue}', '{ServiceCatalog.Logs}' or '{ServiceCatalog.S3}'.");
        }

        state.Protocol = protocol;
        var isS3 = protocol == WireProtocol.S3Xml;
        if (!header.SignedHeaders.Contains("host"))
        {
            throw AuthErrors.For(protocol, AuthFailure.Malformed, "'Host' must be a signed header.");
        }

        // Every x-amz-* header must be signed: otherwise X-Amz-Target (the operation) or the declared payload
        // hash could be swapped in transit without breaking the signature.
        if (!header.IsPresigned && request.Headers.Keys.Any(name =>
                name.StartsWith("x-amz-", StringComparison.OrdinalIgnoreCase) && !header.SignedHeaders.Contains(name.ToLowerInvariant())))
        {
            throw AuthErrors.For(protocol, AuthFailure.UnsignedHeaders);
        }

        var key = await accounts.FindKeyAsync(header.AccessKeyId, context.RequestAborted)
            ?? throw AuthErrors.For(protocol, AuthFailure.UnknownKey);
        var amzDate = CheckRequestTime(request, header, protocol);
        var payloadHash = isS3 ? DeclaredPayloadHash(request, header.IsPresigned) : await BufferedPayloadHashAsync(context, state);
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.Value ?? "/";
        var canonical = CanonicalRequest.Build(request, rawTarget, isS3, header.SignedHeaders, payloadHash, header.IsPresigned);
        var signingKey = SigV4.SigningKey(key.SecretAccessKey, header.Date, header.Region, header.Service);
        var expected = SigV4.Sign(signingKey, SigV4.StringToSign(amzDate, header.Scope, canonical));
        if (!SigV4.SignaturesEqual(expected, header.Signature))
        {
            throw AuthErrors.For(protocol, AuthFailure.SignatureMismatch);
        }

        if (isS3 && payloadHash.Length == 64 && payloadHash.All(char.IsAsciiHexDigit))
        {
            request.Body = new PayloadHashStream(request.Body, payloadHash);
        }

        var signing = new SigningContext(amzDate, header.Scope, signingKey, header.Signature, payloadHash);
        context.Features.Set(new Caller(key.AccountId, key.AccessKeyId, header.Service, header.Region, signing));
        await next(context);
    }

    /// <summary>
    /// The request time must be within the skew limit of the server clock (a presigned URL: not in the future, and
    /// not past its lifetime), and match the scope's date.
    /// </summary>
    private string CheckRequestTime(HttpRequest request, AuthorizationHeader header, WireProtocol protocol)
    {
        var amzDate = header.PresignedAmzDate ?? request.Headers["x-amz-date"].ToString();
        DateTimeOffset requestTime;
        if (amzDate.Length > 0)
        {
            if (!DateTimeOffset.TryParseExact(amzDate, AmzDateFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out requestTime))
            {
                throw AuthErrors.For(protocol, AuthFailure.Malformed, "The X-Amz-Date header is not in the ISO 8601 basic format.");
            }
        }
        else if (DateTimeOffset.TryParse(request.Headers.Date.ToString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out requestTime))
        {
            amzDate = requestTime.UtcDateTime.ToString(AmzDateFormat, CultureInfo.InvariantCulture);
        }
        else
        {
            throw AuthErrors.For(protocol, AuthFailure.Malformed, "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
        }

        var now = options.Clock.GetUtcNow();
        var limit = options.ClockSkewLimit;
        var minutes = limit.TotalMinutes.ToString(CultureInfo.InvariantCulture);
        if (header.PresignedLifetime is { } lifetime && requestTime + lifetime < now)
        {
            throw AuthErrors.For(protocol, AuthFailure.PresignedUrlExpired, $"Signature expired: {amzDate} is now earlier than {Format(now - lifetime)} ({Format(now)} - {lifetime.TotalSeconds.ToString(CultureInfo.InvariantCulture)} sec.)");
        }

        if (!header.IsPresigned && requestTime < now - limit)
        {
            throw AuthErrors.For(protocol, AuthFailure.RequestTimeSkewed, $"Signature expired: {amzDate} is now earlier than {Format(now - limit)} ({Format(now)} - {minutes} min.)");
        }

        if (requestTime > now + limit)
        {
            throw AuthErrors.For(protocol, AuthFailure.RequestTimeSkewed, $"Signature not yet current: {amzDate} is still later than {Format(now + limit)} ({Format(now)} + {minutes} min.)");
        }

        if (!amzDate.StartsWith(header.Date, StringComparison.Ordinal))
        {
            throw AuthErrors.For(protocol, AuthFailure.Malformed, "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP.");
        }

        return amzDate;
    }

    private static string Format(DateTimeOffset time) => time.UtcDateTime.ToString(AmzDateFormat, CultureInfo.InvariantCulture);

    /// <summary>S3 signs the declared hash; a presigned URL cannot know the body and signs UNSIGNED-PAYLOAD.</summary>
    private static string DeclaredPayloadHash(HttpRequest request, bool presigned)
    {
        var declared = request.Headers["x-amz-content-sha256"].ToString();
        return declared.Length > 0 ? declared
            : presigned ? SigningContext.UnsignedPayload
            : throw AuthErrors.For(WireProtocol.S3Xml, AuthFailure.ContentHashMissing);
    }

    private static async Task<string> BufferedPayloadHashAsync(HttpContext context, RequestState state)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        state.Body = buffer.ToArray();
        context.Request.Body = new MemoryStream(state.Body, writable: false);
        var hash = SigV4.Hash(state.Body);
        var declared = context.Request.Headers["x-amz-content-sha256"].ToString();
        if (declared.Length > 0 && !string.Equals(declared, hash, StringComparison.OrdinalIgnoreCase))
        {
            throw AuthErrors.For(state.Protocol, AuthFailure.ContentHashMismatch);
        }

        return hash;
    }
}
