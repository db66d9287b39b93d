using System.Text.Json.Nodes;
using Cleanroom.Server.Auth;

namespace Cleanroom.Server.Tests;

/// <summary>The chunk signatures the S3 handler will check, against AWS's published aws-chunked example.</summary>
public sealed class SigningContextTests
{
    [Fact]
    public void ChunkSignaturesMatchThePublishedExample()
    {
        var example = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Cases", "aws-chunked-example.json")))!;
        var scope = (string)example["scope"]!;
        var parts = scope.Split('/');
        var key = SigV4.SigningKey((string)example["secretAccessKey"]!, parts[0], parts[1], parts[2]);
        var context = new SigningContext((string)example["amzDate"]!, scope, key, (string)example["seedSignature"]!, SigningContext.StreamingSignedPayload);

        var previous = context.SeedSignature;
        foreach (var chunk in example["chunks"]!.AsArray())
        {
            var data = Enumerable.Repeat((byte)'a', (int)chunk!["bytesOfA"]!).ToArray();
            var signature = context.ChunkSignature(previous, data);
            Assert.Equal((string)chunk["signature"]!, signature);
            previous = signature;
        }
    }

    [Fact]
    public void AChangedChunkChangesItsSignature()
    {
        var key = SigV4.SigningKey("secret", "20240101", "us-east-1", "s3");
        var context = new SigningContext("20240101T000000Z", "20240101/us-east-1/s3/aws4_request", key, new string('0', 64), SigningContext.StreamingSignedPayload);
        Assert.NotEqual(context.ChunkSignature(context.SeedSignature, "abc"u8), context.ChunkSignature(context.SeedSignature, "abd"u8));
    }
}
