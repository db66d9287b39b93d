using System.Security.Cryptography;
using Cleanroom.Server.Tests.Infrastructure;

namespace Cleanroom.Server.Tests;

/// <summary>
/// The object store through the real <c>aws s3</c> commands: a 200 MB file in and out (multipart both ways), listings
/// with prefixes and delimiters, sync in both directions, deletes; another account is refused at every step.
/// </summary>
public sealed class ObjectStoreCliTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const int BigFileBytes = 200 * 1024 * 1024;

    [Fact]
    public async Task AwsS3CommandsWorkAndOtherAccountsAreRefused()
    {
        var a = await fixture.Server.CreateAccountAsync("A");
        var b = await fixture.Server.CreateAccountAsync("B");
        using var local = new TempDirectory("cleanroom-s3-cli");
        var big = local.Combine("big.bin");
        WriteRandomFile(big, BigFileBytes);

        (await Aws(a, "s3", "mb", "s3://cli-bucket")).EnsureSuccess();
        (await Aws(a, "s3", "cp", big, "s3://cli-bucket/data/big.bin", "--no-progress")).EnsureSuccess();
        var head = (await Aws(a, "s3api", "head-object", "--bucket", "cli-bucket", "--key", "data/big.bin")).EnsureSuccess().Json!;
        Assert.Equal(BigFileBytes, (long?)head["ContentLength"]);
        Assert.EndsWith("-25\"", (string?)head["ETag"], StringComparison.Ordinal);
        var back = local.Combine("back.bin");
        (await Aws(a, "s3", "cp", "s3://cli-bucket/data/big.bin", back, "--no-progress")).EnsureSuccess();
        Assert.Equal(Sha256(big), Sha256(back));
        File.Delete(back);

        var tree = local.Combine("tree");
        foreach (var path in new[] { "x.csv", "one/a.csv", "one/b.csv", "one/deep/c.csv", "two/d.csv" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(tree, path))!);
            File.WriteAllText(Path.Combine(tree, path), $"content of {path}\n");
        }

        var synced = (await Aws(a, "s3", "sync", tree, "s3://cli-bucket/sync/", "--no-progress")).EnsureSuccess();
        Assert.Equal(5, synced.Stdout.Split('\n').Count(line => line.StartsWith("upload:", StringComparison.Ordinal)));
        Assert.Equal(string.Empty, (await Aws(a, "s3", "sync", tree, "s3://cli-bucket/sync/", "--no-progress")).EnsureSuccess().Stdout.Trim());
        File.WriteAllText(Path.Combine(tree, "one", "a.csv"), "changed, and longer than before\n");
        var resynced = (await Aws(a, "s3", "sync", tree, "s3://cli-bucket/sync/", "--no-progress")).EnsureSuccess().Stdout;
        Assert.Contains("upload: ", resynced, StringComparison.Ordinal);
        Assert.Single(resynced.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var copy = local.Combine("copy");
        (await Aws(a, "s3", "sync", "s3://cli-bucket/sync/", copy, "--no-progress")).EnsureSuccess();
        foreach (var file in Directory.EnumerateFiles(tree, "*", SearchOption.AllDirectories))
        {
            Assert.Equal(File.ReadAllText(file), File.ReadAllText(Path.Combine(copy, Path.GetRelativePath(tree, file))));
        }

        var root = (await Aws(a, "s3", "ls", "s3://cli-bucket/")).EnsureSuccess().Stdout;
        Assert.Contains("PRE data/", root, StringComparison.Ordinal);
        Assert.Contains("PRE sync/", root, StringComparison.Ordinal);
        var recursive = (await Aws(a, "s3", "ls", "s3://cli-bucket/sync/", "--recursive")).EnsureSuccess().Stdout;
        Assert.Equal(5, recursive.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var delimited = (await Aws(a, "s3api", "list-objects-v2", "--bucket", "cli-bucket", "--prefix", "sync/", "--delimiter", "/")).EnsureSuccess().Json!;
        Assert.Equal(["sync/x.csv"], delimited["Contents"]!.AsArray().Select(item => (string?)item!["Key"]));
        Assert.Equal(["sync/one/", "sync/two/"], delimited["CommonPrefixes"]!.AsArray().Select(item => (string?)item!["Prefix"]));

        // B: nothing is listed, readable, writable or deletable, and nothing about the contents is revealed.
        Assert.DoesNotContain("cli-bucket", (await Aws(b, "s3", "ls")).EnsureSuccess().Stdout, StringComparison.Ordinal);
        var refusals = new[]
        {
            await Aws(b, "s3", "ls", "s3://cli-bucket/sync/", "--recursive"),
            await Aws(b, "s3", "cp", "s3://cli-bucket/sync/x.csv", local.Combine("stolen.csv"), "--no-progress"),
            await Aws(b, "s3", "cp", Path.Combine(tree, "x.csv"), "s3://cli-bucket/planted.csv", "--no-progress"),
            await Aws(b, "s3", "sync", "s3://cli-bucket/sync/", local.Combine("stolen"), "--no-progress"),
            await Aws(b, "s3", "rm", "s3://cli-bucket/data/big.bin"),
            await Aws(b, "s3", "rb", "s3://cli-bucket"),
        };
        foreach (var refusal in refusals)
        {
            Assert.NotEqual(0, refusal.ExitCode);
            Assert.True(refusal.Stderr.Contains("AccessDenied", StringComparison.Ordinal) || refusal.Stderr.Contains("403", StringComparison.Ordinal), refusal.ToString());
            Assert.DoesNotContain("content of", refusal.Stdout + refusal.Stderr, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(local.Combine("stolen.csv")));

        var removed = (await Aws(a, "s3", "rm", "s3://cli-bucket/", "--recursive")).EnsureSuccess().Stdout;
        Assert.Contains("delete: s3://cli-bucket/data/big.bin", removed, StringComparison.Ordinal);
        (await Aws(a, "s3", "rb", "s3://cli-bucket")).EnsureSuccess();
        Assert.DoesNotContain("cli-bucket", (await Aws(a, "s3", "ls")).EnsureSuccess().Stdout, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(fixture.Server.DataDirectory, "objects"), "*", SearchOption.AllDirectories));
    }

    private Task<ToolResult> Aws(TestAccount account, params string[] arguments) =>
        AwsCli.RunAsync(fixture.Url, account, arguments);

    private static void WriteRandomFile(string path, int bytes)
    {
        var random = new Random(20240601);
        var block = new byte[1 << 20];
        using var file = File.Create(path);
        for (var written = 0; written < bytes; written += block.Length)
        {
            random.NextBytes(block);
            file.Write(block, 0, Math.Min(block.Length, bytes - written));
        }
    }

    private static string Sha256(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexString(SHA256.HashData(file));
    }
}
