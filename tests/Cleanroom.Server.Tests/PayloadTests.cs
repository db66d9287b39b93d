using System.Text;
using System.Text.Json.Nodes;
using Cleanroom.Server.Auth;
using Cleanroom.Server.S3.Payload;
using Cleanroom.Server.Wire;

namespace Cleanroom.Server.Tests;

/// <summary>The upload verification primitives against published vectors: checksum check values and AWS's aws-chunked example.</summary>
public sealed class PayloadTests
{
    [Fact]
    public void ChecksumsMatchTheirCheckValues()
    {
        var cases = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Cases", "checksum-vectors.json")))!["vectors"]!.AsArray();
        var checkedValues = 0;
        foreach (var vector in cases)
        {
            var input = Encoding.ASCII.GetBytes((string)vector!["input"]!);
            foreach (var algorithm in Checksums.All)
            {
                if ((string?)vector[Checksums.WireName(algorithm)] is { } expected)
                {
                    Assert.Equal(expected, Convert.ToHexStringLower(Checksums.Compute(algorithm, input)));
                    checkedValues++;
                }
            }
        }

        Assert.Equal(14, checkedValues);
    }

    [Fact]
    public void ChecksumsDoNotDependOnHowTheDataIsSplit()
    {
        var data = new byte[10007];
        new Random(7).NextBytes(data);
        foreach (var algorithm in Checksums.All)
        {
            using var running = Checksums.Start(algorithm);
            for (int offset = 0, size = 1; offset < data.Length; offset += size, size = (size * 3) + 1)
            {
                running.Append(data.AsSpan(offset, Math.Min(size, data.Length - offset)));
            }

            Assert.Equal(Checksums.Compute(algorithm, data), running.Finish());
        }
    }

    [Fact]
    public async Task SignedChunksOfThePublishedExampleDecode()
    {
        var (context, body, length) = PublishedExample();
        using var decoded = new MemoryStream();
        await new AwsChunkedStream(new MemoryStream(body), context, signedTrailer: false, length).CopyToAsync(decoded);
        Assert.Equal(length, decoded.Length);
        Assert.All(decoded.ToArray(), b => Assert.Equal((byte)'a', b));
    }

    [Fact]
    public async Task AChangedByteOrLengthIsRefused()
    {
        var (context, body, length) = PublishedExample();
        var changed = (byte[])body.Clone();
        changed[66000] = (byte)'b';
        var tampered = await Assert.ThrowsAsync<ApiException>(() => new AwsChunkedStream(new MemoryStream(changed), context, false, length).CopyToAsync(Stream.Null));
        Assert.Equal("SignatureDoesNotMatch", tampered.Code);

        var wrongLength = await Assert.ThrowsAsync<ApiException>(() => new AwsChunkedStream(new MemoryStream(body), context, false, length - 1).CopyToAsync(Stream.Null));
        Assert.Equal("IncompleteBody", wrongLength.Code);

        var truncated = await Assert.ThrowsAsync<ApiException>(() => new AwsChunkedStream(new MemoryStream(body[..^40]), context, false, length).CopyToAsync(Stream.Null));
        Assert.Equal("IncompleteBody", truncated.Code);
    }

    /// <summary>The body of AWS's example: 64 KiB and 1 KiB of 'a', then the final chunk, each with its published signature.</summary>
    private static (SigningContext Context, byte[] Body, long Length) PublishedExample()
    {
        var example = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Cases", "aws-chunked-example.json")))!;
        var scope = (string)example["scope"]!;
        var parts = scope.Split('/');
        var key = SigV4.SigningKey((string)example["secretAccessKey"]!, parts[0], parts[1], parts[2]);
        var context = new SigningContext((string)example["amzDate"]!, scope, key, (string)example["seedSignature"]!, SigningContext.StreamingSignedPayload);
        using var body = new MemoryStream();
        long length = 0;
        foreach (var chunk in example["chunks"]!.AsArray())
        {
            var size = (int)chunk!["bytesOfA"]!;
            body.Write(Encoding.ASCII.GetBytes($"{size:x};chunk-signature={(string)chunk["signature"]!}\r\n"));
            body.Write(Enumerable.Repeat((byte)'a', size).ToArray());
            body.Write("\r\n"u8);
            length += size;
        }

        return (context, body.ToArray(), length);
    }
}
