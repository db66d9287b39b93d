using System.Net;
using Cleanroom.Server.Tests.Infrastructure;

namespace Cleanroom.Server.Tests;

/// <summary>Health and the answers to requests that carry no signature, over raw HTTP.</summary>
public sealed class HealthAndProtocolTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private static readonly HttpClient Http = new();

    [Fact]
    public async Task HealthAnswersWithoutAuthentication()
    {
        using var response = await Http.GetAsync($"{fixture.Url}/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.Contains("x-amzn-RequestId"));
    }

    [Fact]
    public async Task UnsignedCleanRoomsRequestIsMissingAuthenticationToken()
    {
        using var response = await Http.GetAsync($"{fixture.Url}/collaborations");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("MissingAuthenticationTokenException", response.Headers.GetValues("x-amzn-ErrorType").Single());
        Assert.Contains("\"message\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(response.Headers.Contains("x-amzn-RequestId"));
    }

    [Fact]
    public async Task UnsignedJsonRpcRequestUsesTheJsonRpcEnvelope()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{fixture.Url}/") { Content = new StringContent("{}") };
        request.Headers.Add("X-Amz-Target", "AWSGlue.GetDatabases");
        using var response = await Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("\"__type\":\"MissingAuthenticationTokenException\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnsignedS3RequestGetsAnS3XmlError()
    {
        using var response = await Http.GetAsync($"{fixture.Url}/some-bucket/some/key");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("<Code>AccessDenied</Code>", body, StringComparison.Ordinal);
        Assert.Contains("<RequestId>", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedAuthorizationIsIncompleteSignature()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{fixture.Url}/collaborations");
        request.Headers.TryAddWithoutValidation("Authorization", "AWS4-HMAC-SHA256 Credential=AKIA/20240101/us-east-1/cleanrooms");
        using var response = await Http.SendAsync(request);
        Assert.Equal("IncompleteSignatureException", response.Headers.GetValues("x-amzn-ErrorType").Single());
    }
}
