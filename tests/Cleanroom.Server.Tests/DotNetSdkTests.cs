using System.IO.Hashing;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Cleanroom.Server.Tests.Infrastructure;

namespace Cleanroom.Server.Tests;

/// <summary>
/// The AWS SDK for .NET as a client: it sends uploads as aws-chunked with signed chunks and a signed trailing CRC32
/// (STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER), which the server verifies chunk by chunk.
/// </summary>
public sealed class DotNetSdkTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task SignedChunkedUploadsFromTheDotNetSdkAreVerifiedAndStored()
    {
        var account = await fixture.Server.CreateAccountAsync("Sdk");
        var payloadModes = new List<string>();
        using var client = new AmazonS3Client(
            new BasicAWSCredentials(account.AccessKeyId, account.SecretAccessKey),
            new AmazonS3Config
            {
                ServiceURL = fixture.Url,
                ForcePathStyle = true,
                AuthenticationRegion = "us-east-1",
                MaxErrorRetry = 0,
                HttpClientFactory = new RecordingClientFactory(payloadModes),
            });
        await client.PutBucketAsync("dotnet-sdk");

        var small = RandomBytes(200_000, 1);
        var put = await client.PutObjectAsync(new PutObjectRequest { BucketName = "dotnet-sdk", Key = "small.bin", InputStream = new MemoryStream(small) });
        Assert.Equal(Convert.ToBase64String(Crc32BigEndian(small)), put.ChecksumCRC32);
        Assert.Equal(small, await ReadAsync(client, "small.bin"));

        var first = RandomBytes(5 * 1024 * 1024, 2);
        var last = RandomBytes(123_457, 3);
        var upload = await client.InitiateMultipartUploadAsync(new InitiateMultipartUploadRequest { BucketName = "dotnet-sdk", Key = "multi.bin", ChecksumAlgorithm = ChecksumAlgorithm.CRC32 });
        var parts = new List<PartETag>();
        foreach (var (data, number) in new[] { (first, 1), (last, 2) })
        {
            var part = await client.UploadPartAsync(new UploadPartRequest { BucketName = "dotnet-sdk", Key = "multi.bin", UploadId = upload.UploadId, PartNumber = number, InputStream = new MemoryStream(data), ChecksumAlgorithm = ChecksumAlgorithm.CRC32 });
            parts.Add(new PartETag { PartNumber = number, ETag = part.ETag, ChecksumCRC32 = part.ChecksumCRC32 });
        }

        await client.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest { BucketName = "dotnet-sdk", Key = "multi.bin", UploadId = upload.UploadId, PartETags = parts });
        var stored = await ReadAsync(client, "multi.bin");
        Assert.Equal(first.Concat(last).ToArray(), stored);
        Assert.Contains("STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER", payloadModes);
    }

    private static async Task<byte[]> ReadAsync(AmazonS3Client client, string key)
    {
        using var response = await client.GetObjectAsync("dotnet-sdk", key);
        using var buffer = new MemoryStream();
        await response.ResponseStream.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    private static byte[] RandomBytes(int size, int seed)
    {
        var data = new byte[size];
        new Random(seed).NextBytes(data);
        return data;
    }

    private static byte[] Crc32BigEndian(byte[] data)
    {
        var value = Crc32.HashToUInt32(data);
        return [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];
    }

    /// <summary>Records the payload mode (x-amz-content-sha256) of every request the SDK sends.</summary>
    private sealed class RecordingClientFactory(List<string> modes) : HttpClientFactory
    {
        public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(new RecordingHandler(modes));

        private sealed class RecordingHandler(List<string> modes) : DelegatingHandler(new HttpClientHandler())
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                if (request.Headers.TryGetValues("x-amz-content-sha256", out var values))
                {
                    lock (modes)
                    {
                        modes.AddRange(values);
                    }
                }

                return base.SendAsync(request, cancellationToken);
            }
        }
    }
}
