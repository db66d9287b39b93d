using Cleanroom.Server.Tests.Infrastructure;

namespace Cleanroom.Server.Tests;

/// <summary>What a raw (but correctly signed) HTTP client gets for requests an SDK would never send.</summary>
public sealed class RawRequestTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task RawClientsGetModelledAnswers()
    {
        var account = await fixture.Server.CreateAccountAsync("A");
        var r = await Boto3Script.RunAsync("raw_requests.py", fixture.Url, [account]);

        Assert.Equal(200, (int?)r["unknown_members"]!["status"]);
        Assert.Equal("Raw", (string?)r["unknown_members"]!["body"]!["collaboration"]!["name"]);
        Assert.NotNull((string?)r["unknown_members"]!["requestId"]);
        foreach (var name in new[] { "malformed_json", "body_not_object" })
        {
            Assert.Equal(400, (int?)r[name]!["status"]);
            Assert.Equal("ValidationException", (string?)r[name]!["errorType"]);
        }

        Assert.Equal(404, (int?)r["unknown_path"]!["status"]);
        Assert.Equal("UnknownOperationException", (string?)r["unknown_path"]!["errorType"]);
        Assert.Equal("UnknownOperationException", (string?)r["wrong_method"]!["errorType"]);
        Assert.Equal("InvalidSignatureException", (string?)r["unknown_service"]!["errorType"]);
        Assert.Equal("IncompleteSignatureException", (string?)r["unsigned_amz_header"]!["errorType"]);
        Assert.Equal("ResourceNotFoundException", (string?)r["encoded_arn_label"]!["errorType"]);
        Assert.NotNull((string?)r["encoded_arn_label"]!["requestId"]);
    }
}
