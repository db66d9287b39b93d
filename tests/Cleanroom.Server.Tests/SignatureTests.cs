using Cleanroom.Server.Tests.Infrastructure;

namespace Cleanroom.Server.Tests;

/// <summary>SigV4 verification as boto3 experiences it, for REST-JSON, JSON-RPC and S3.</summary>
public sealed class SignatureTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task RefusalsUseTheErrorsAwsReturns()
    {
        var account = await fixture.Server.CreateAccountAsync("A");
        var r = await Boto3Script.RunAsync("sigv4_refusals.py", fixture.Url, [account]);

        Observed.Ok(r["cleanrooms_valid"], "signed Clean Rooms request");
        Observed.Error(r["cleanrooms_unknown_key"], "UnrecognizedClientException", 403, "unknown key");
        Observed.Error(r["cleanrooms_wrong_secret"], "InvalidSignatureException", 403, "wrong secret");
        Observed.Error(r["cleanrooms_missing_auth"], "MissingAuthenticationTokenException", 403, "unsigned");
        var expired = Observed.Error(r["cleanrooms_skew_past"], "InvalidSignatureException", 403, "old signature");
        Assert.StartsWith("Signature expired:", (string?)expired["message"], StringComparison.Ordinal);
        var early = Observed.Error(r["cleanrooms_skew_future"], "InvalidSignatureException", 403, "future signature");
        Assert.StartsWith("Signature not yet current:", (string?)early["message"], StringComparison.Ordinal);
        Observed.Ok(r["cleanrooms_skew_within_limit"], "10 minutes of skew");
        Observed.Error(r["cleanrooms_tampered_body"], "InvalidSignatureException", 403, "tampered body");
        var listed = Observed.Ok(r["cleanrooms_after_tamper"], "list after tamper");
        Assert.Empty(listed["collaborationList"]!.AsArray());

        Observed.Ok(r["s3_valid"], "signed S3 request");
        Observed.Error(r["s3_unknown_key"], "InvalidAccessKeyId", 403, "S3 unknown key");
        Observed.Error(r["s3_wrong_secret"], "SignatureDoesNotMatch", 403, "S3 wrong secret");
        Observed.Error(r["s3_missing_auth"], "AccessDenied", 403, "S3 unsigned");
        Observed.Error(r["s3_skew_past"], "RequestTimeTooSkewed", 403, "S3 old signature");
        Observed.Error(r["s3_skew_future"], "RequestTimeTooSkewed", 403, "S3 future signature");
        Observed.Ok(r["s3_skew_within_limit"], "S3 within skew");
        Observed.Ok(r["s3_list_with_query"], "S3 request with an encoded query string");
        Observed.Ok(r["s3_put_valid"], "S3 put with a matching body hash");
        Observed.Error(r["s3_tampered_body"], "XAmzContentSHA256Mismatch", 400, "S3 tampered body");

        Assert.Equal(200, (int?)r["s3_presigned"]!["status"]);
        Assert.Equal("SignatureDoesNotMatch", (string?)r["s3_presigned_tampered"]!["code"]);
        Assert.Equal("SignatureDoesNotMatch", (string?)r["s3_presigned_other_key"]!["code"]);
        Assert.Equal("AccessDenied", (string?)r["s3_presigned_expired"]!["code"]);

        Observed.Ok(r["glue_valid"], "signed Glue request reaches the catalog");
        Observed.Error(r["glue_unknown_key"], "UnrecognizedClientException", 403, "Glue unknown key");
        Observed.Error(r["glue_wrong_secret"], "InvalidSignatureException", 403, "Glue wrong secret");
        Observed.Error(r["glue_missing_auth"], "MissingAuthenticationTokenException", 403, "Glue unsigned");
        Observed.Error(r["glue_skew_past"], "InvalidSignatureException", 403, "Glue old signature");
        Observed.Error(r["glue_tampered_body"], "InvalidSignatureException", 403, "Glue tampered body");
        Observed.Error(r["logs_unknown_target"], "UnknownOperationException", 400, "Logs operation with no handler yet");
    }
}
