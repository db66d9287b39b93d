using Cleanroom.Server.Tests.Infrastructure;

namespace Cleanroom.Server.Tests;

/// <summary>Quotas answer ServiceQuotaExceededException (402) with the quota's name and value.</summary>
public sealed class QuotaTests
{
    [Fact]
    public async Task QuotasAreEnforcedWithTheirNames()
    {
        await using var server = await InProcessServer.StartAsync(new QuotaOptions { CollaborationsPerAccount = 2, MembershipsPerAccount = 1 });
        var accounts = await server.CreateAccountsAsync("A", "B", "C", "D", "E", "F", "G");
        var r = await Boto3Script.RunAsync("quota_limits.py", server.Url, accounts);

        var invited = Observed.Error(r["six_invited"], "ServiceQuotaExceededException", 402, "six invited members");
        Assert.Equal("Members invited per collaboration", (string?)invited["quotaName"]);
        Assert.Equal(5.0, (double?)invited["quotaValue"]);
        Observed.Ok(r["five_invited"], "five invited members");
        Observed.Ok(r["second"], "second collaboration");
        var created = Observed.Error(r["third"], "ServiceQuotaExceededException", 402, "third collaboration");
        Assert.Equal("Collaborations created per account", (string?)created["quotaName"]);
        Assert.Equal(2.0, (double?)created["quotaValue"]);
        Observed.Ok(r["b_first_membership"], "first membership");
        var memberships = Observed.Error(r["b_second_membership"], "ServiceQuotaExceededException", 402, "second membership");
        Assert.Equal("Memberships per account", (string?)memberships["quotaName"]);
        Observed.Ok(r["after_delete"], "a deleted collaboration frees its slot");
    }
}
