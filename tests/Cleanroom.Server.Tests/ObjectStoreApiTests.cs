using System.Security.Cryptography;
using System.Text;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Cleanroom.Server.S3;
using Cleanroom.Server.Tests.Infrastructure;
using Cleanroom.Server.Wire;
using DuckDB.NET.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Cleanroom.Server.Tests;

/// <summary>
/// The object store's internal API for the query engine: table locations resolved to files DuckDB reads directly,
/// results written atomically into a member's bucket; both refuse buckets the account does not own.
/// </summary>
public sealed class ObjectStoreApiTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task LocationsResolveToReadableFilesOfTheOwnerOnly()
    {
        var a = await fixture.Server.CreateAccountAsync("A");
        var b = await fixture.Server.CreateAccountAsync("B");
        using var client = Client(a);
        await client.PutBucketAsync("tables-a");
        var objects = new Dictionary<string, string>
        {
            ["sales/part-0.csv"] = "id,amount\n1,10\n2,20\n",
            ["sales/part-1.csv"] = "id,amount\n3,30\n",
            ["sales/sub/part-2.csv"] = "id,amount\n4,40\n",
            ["sales/_SUCCESS"] = string.Empty,
            ["sales/.part-1.csv.crc"] = "crc",
            ["sales/_temporary/0/part-9.csv"] = "id,amount\n9,90\n",
            ["sales/"] = string.Empty,
            ["salesman.csv"] = "id,amount\n5,50\n",
        };
        foreach (var (key, content) in objects)
        {
            await client.PutObjectAsync(new PutObjectRequest { BucketName = "tables-a", Key = key, ContentBody = content });
        }

        var store = fixture.Server.Services.GetRequiredService<ObjectStore>();
        var folder = await store.ResolveAsync(a.AccountId, "s3://tables-a/sales/");
        Assert.Equal(["sales/part-0.csv", "sales/part-1.csv", "sales/sub/part-2.csv"], folder.Select(item => item.Key));
        Assert.All(folder, item => Assert.Equal(Encoding.UTF8.GetByteCount(objects[item.Key]), item.Size));
        Assert.All(folder, item => Assert.Equal(objects[item.Key], File.ReadAllText(item.Path)));
        Assert.Equal(folder.Select(item => item.Key), (await store.ResolveAsync(a.AccountId, "s3://tables-a/sales")).Select(item => item.Key));
        Assert.Equal(["salesman.csv"], (await store.ResolveAsync(a.AccountId, "s3://tables-a/salesman.csv")).Select(item => item.Key));
        Assert.Equal(4, (await store.ResolveAsync(a.AccountId, "s3://tables-a")).Count);

        using (var duck = new DuckDBConnection("DataSource=:memory:"))
        {
            duck.Open();
            using var command = duck.CreateCommand();
            command.CommandText = $"SELECT CAST(SUM(amount) AS BIGINT) FROM read_csv([{string.Join(", ", folder.Select(item => $"'{item.Path}'"))}])";
            Assert.Equal(100L, command.ExecuteScalar());
        }

        var refused = await Assert.ThrowsAsync<ApiException>(() => store.ResolveAsync(b.AccountId, "s3://tables-a/sales/"));
        Assert.Equal("AccessDeniedException", refused.Code);
        var missing = await Assert.ThrowsAsync<ApiException>(() => store.ResolveAsync(a.AccountId, "s3://no-such-bucket-anywhere/sales/"));
        Assert.Equal(refused.Code, missing.Code);
        await Assert.ThrowsAsync<ArgumentException>(() => store.ResolveAsync(a.AccountId, "https://tables-a/sales/"));
    }

    [Fact]
    public async Task ResultsAreWrittenWholeIntoTheOwnersBucket()
    {
        var a = await fixture.Server.CreateAccountAsync("Receiver");
        var b = await fixture.Server.CreateAccountAsync("Other");
        using var client = Client(a);
        await client.PutBucketAsync("results-a");
        var store = fixture.Server.Services.GetRequiredService<ObjectStore>();

        // Written where the store suggests (renamed into place) and somewhere else (copied across).
        using var elsewhere = new TempDirectory("cleanroom-result");
        foreach (var (path, key) in new[] { (store.NewTempFilePath(), "q1/result.csv"), (elsewhere.Combine("result.csv"), "q2/result.csv") })
        {
            var content = $"segment,count\nA,{key.Length}\n";
            await File.WriteAllTextAsync(path, content);
            var written = await store.WriteResultAsync(a.AccountId, "results-a", key, path, "text/csv");
            Assert.False(File.Exists(path));
            Assert.Equal($"\"{Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(content)))}\"", written.ETag);
            using var response = await client.GetObjectAsync("results-a", key);
            Assert.Equal("text/csv", response.Headers.ContentType);
            Assert.Equal(written.ETag, response.ETag);
            using var reader = new StreamReader(response.ResponseStream);
            Assert.Equal(content, await reader.ReadToEndAsync());
        }

        var file = elsewhere.Combine("refused.csv");
        await File.WriteAllTextAsync(file, "x\n");
        var refused = await Assert.ThrowsAsync<ApiException>(() => store.WriteResultAsync(b.AccountId, "results-a", "planted.csv", file, "text/csv"));
        Assert.Equal("AccessDeniedException", refused.Code);
        Assert.True(File.Exists(file));
        var listed = await client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "results-a" });
        Assert.Equal(["q1/result.csv", "q2/result.csv"], listed.S3Objects.Select(item => item.Key));
    }

    private AmazonS3Client Client(TestAccount account) => new(
        new BasicAWSCredentials(account.AccessKeyId, account.SecretAccessKey),
        new AmazonS3Config { ServiceURL = fixture.Url, ForcePathStyle = true, AuthenticationRegion = "us-east-1", MaxErrorRetry = 0 });
}
