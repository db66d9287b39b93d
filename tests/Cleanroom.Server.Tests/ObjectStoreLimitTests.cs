using Cleanroom.Server.Tests.Infrastructure;

namespace Cleanroom.Server.Tests;

/// <summary>The configurable object-size limit (EntityTooLarge) and per-account storage quota (QuotaExceeded, 403).</summary>
public sealed class ObjectStoreLimitTests
{
    [Fact]
    public async Task SizeAndQuotaLimitsAreEnforced()
    {
        await using var server = await InProcessServer.StartAsync(new QuotaOptions { MaxObjectSizeBytes = 1024 * 1024, StorageBytesPerAccount = 3 * 1024 * 1024 });
        var account = await server.CreateAccountAsync("A");
        var r = await Boto3Script.RunAsync("s3_limits.py", server.Url, [account]);

        Observed.Error(r["too_large"], "EntityTooLarge", 400, "one byte over the object limit");
        Observed.Ok(r["at_limit"], "exactly the object limit");
        Observed.Ok(r["second"], "second object");
        Observed.Ok(r["overwrite_within_quota"], "an overwrite counts the difference only");
        Observed.Ok(r["third"], "up to the quota");
        var quota = Observed.Error(r["over_quota"], "QuotaExceeded", 403, "beyond the quota");
        Assert.Contains("3145728", (string?)quota["message"], StringComparison.Ordinal);
        Assert.False((bool)r["over_quota_exists"]!);
        Observed.Ok(r["part_within_quota"], "a part within the quota after a delete");
        Observed.Error(r["part_over_quota"], "QuotaExceeded", 403, "parts count against the quota");
        Observed.Ok(r["after_abort"], "an abort gives the space back");
    }
}
