using Cleanroom.Server.Wire;

namespace Cleanroom.Server.Auth;

/// <summary>The error names and texts AWS returns (and the SDKs recognise) for each refusal, per protocol.</summary>
internal static class AuthErrors
{
    public const string SignatureMismatchMessage =
        "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

    private const string UnsignedHeadersMessage = "There were headers present in the request which were not signed.";

    public static ApiException For(WireProtocol protocol, AuthFailure failure, string? detail = null) =>
        protocol == WireProtocol.S3Xml ? ForS3(failure, detail) : ForJson(failure, detail);

    private static ApiException ForJson(AuthFailure failure, string? detail) => failure switch
    {
        AuthFailure.Missing => new ApiException("MissingAuthenticationTokenException", 403, "Missing Authentication Token"),
        AuthFailure.Malformed => new ApiException("IncompleteSignatureException", 403, detail ?? "The Authorization header is not a complete AWS Signature Version 4 header."),
        AuthFailure.UnknownService => new ApiException("InvalidSignatureException", 403, detail ?? "Credential should be scoped to correct service."),
        AuthFailure.UnsignedHeaders => new ApiException("IncompleteSignatureException", 403, UnsignedHeadersMessage),
        AuthFailure.UnknownKey => new ApiException("UnrecognizedClientException", 403, "The security token included in the request is invalid."),
        AuthFailure.RequestTimeSkewed or AuthFailure.PresignedUrlExpired => new ApiException("InvalidSignatureException", 403, detail ?? "Signature expired."),
        AuthFailure.ContentHashMissing or AuthFailure.ContentHashMismatch or AuthFailure.SignatureMismatch =>
            new ApiException("InvalidSignatureException", 403, SignatureMismatchMessage),
        _ => throw new ArgumentOutOfRangeException(nameof(failure)),
    };

    private static ApiException ForS3(AuthFailure failure, string? detail) => failure switch
    {
        AuthFailure.Missing => new ApiException("AccessDenied", 403, "Access Denied"),
        AuthFailure.Malformed or AuthFailure.UnknownService =>
            new ApiException("AuthorizationHeaderMalformed", 400, detail ?? "The authorization header is malformed."),
        AuthFailure.UnsignedHeaders => new ApiException("AccessDenied", 403, UnsignedHeadersMessage),
        AuthFailure.UnknownKey => new ApiException("InvalidAccessKeyId", 403, "The AWS Access Key Id you provided does not exist in our records."),
        AuthFailure.SignatureMismatch => new ApiException("SignatureDoesNotMatch", 403, SignatureMismatchMessage),
        AuthFailure.RequestTimeSkewed => new ApiException("RequestTimeTooSkewed", 403, "The difference between the request time and the current time is too large."),
        AuthFailure.PresignedUrlExpired => new ApiException("AccessDenied", 403, "Request has expired"),
        AuthFailure.ContentHashMissing => new ApiException("InvalidRequest", 400, "Missing required header for this request: x-amz-content-sha256"),
        AuthFailure.ContentHashMismatch => new ApiException("XAmzContentSHA256Mismatch", 400, "The provided 'x-amz-content-sha256' header does not match what was computed."),
        _ => throw new ArgumentOutOfRangeException(nameof(failure)),
    };
}
