using System.Text.Json.Nodes;
using Cleanroom.Server.Tests.Infrastructure;

namespace Cleanroom.Server.Tests;

/// <summary>
/// SIGKILL while a PutObject and an UploadPart are half received: after the restart no partial object or part is
/// visible, the leftovers (temporary files, a placed file whose commit never happened) are gone, and everything
/// committed before the crash is intact and usable.
/// </summary>
public sealed class ObjectStoreCrashTests
{
    [Fact]
    public async Task SigkillDuringUploadsLeavesNoPartialObject()
    {
        using var directory = new TempDirectory();
        await using var server = await ServerProcess.StartAsync(directory.Path);
        var a = await CleanroomProgram.CreateAccountAsync(directory.Path, "A");
        var setup = await Boto3Script.RunAsync("s3_crash.py", server.Url, [a], new JsonObject { ["phase"] = "setup" });
        var upload = (string)setup["upload"]!;

        var temp = Path.Combine(directory.Path, "tmp", "s3");
        var streaming = Boto3Script.RunRawAsync("s3_crash.py", server.Url, [a], new JsonObject { ["phase"] = "stream", ["upload"] = upload });
        using (var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            while (!(Directory.Exists(temp) && Directory.EnumerateFiles(temp).Count(file => new FileInfo(file).Length >= 1024 * 1024) == 2))
            {
                if (streaming.IsCompleted)
                {
                    Assert.Fail($"the uploads ended before the crash: {await streaming}");
                }

                await Task.Delay(50, limit.Token);
            }
        }

        await server.KillAsync();
        var outcomes = (await streaming).EnsureSuccess().Json!["outcomes"]!.AsArray().Select(item => (string?)item).ToArray();
        Assert.Equal(2, outcomes.Length);
        Assert.DoesNotContain("answered", outcomes);
        Assert.Equal(2, Directory.EnumerateFiles(temp).Count());

        // A file placed in the object area whose metadata commit never happened (a crash between the two steps).
        var objects = Path.Combine(directory.Path, "objects");
        var orphan = Path.Combine(objects, "ab", "ab" + new string('0', 30));
        Directory.CreateDirectory(Path.GetDirectoryName(orphan)!);
        await File.WriteAllTextAsync(orphan, "never committed");
        var committedFiles = Directory.EnumerateFiles(objects, "*", SearchOption.AllDirectories).Count() - 1;
        Assert.Equal(2, committedFiles);

        await server.RestartAsync();
        Assert.False(Directory.Exists(temp) && Directory.EnumerateFiles(temp).Any());
        Assert.False(File.Exists(orphan));
        Assert.Equal(committedFiles, Directory.EnumerateFiles(objects, "*", SearchOption.AllDirectories).Count());

        var r = await Boto3Script.RunAsync("s3_crash.py", server.Url, [a], new JsonObject { ["phase"] = "verify", ["upload"] = upload, ["etag"] = setup["etag"]!.DeepClone() });
        Observed.Error(r["partial"], "404", 404, "the interrupted PutObject");
        Assert.Equal(["kept.txt"], r["keys"]!.AsArray().Select(item => (string?)item));
        Assert.Equal("committed before the crash", (string?)r["kept"]);
        Assert.Equal([1], r["parts"]!.AsArray().Select(item => (int)item!));
        Observed.Error(r["multi_before_complete"], "404", 404, "the multipart object before completion");
        Assert.True((bool)r["multi"]!);
        Observed.Ok(r["put_after_restart"], "a new upload after the restart");
    }
}
