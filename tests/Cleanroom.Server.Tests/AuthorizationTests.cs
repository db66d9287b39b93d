using Cleanroom.Server.Tests.Infrastructure;

namespace Cleanroom.Server.Tests;

/// <summary>
/// For every operation built so far, an outsider and a member who does not own the resource are refused with
/// exactly the error a random id gets, and no names, account ids or counts appear in it.
/// </summary>
public sealed class AuthorizationTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task RefusalsAreIndistinguishableFromMissingResources()
    {
        var accounts = await fixture.Server.CreateAccountsAsync("Owner", "Peer", "Outsider");
        var r = await Boto3Script.RunAsync("authorization_probe.py", fixture.Url, accounts);
        var secrets = r["secrets"]!.AsArray().Select(secret => (string)secret!).ToArray();
        var cases = r["cases"]!.AsArray();
        var probed = cases.Select(c => (string)c!["operation"]!).ToHashSet();
        Assert.Superset(
            new HashSet<string> { "GetCollaboration", "UpdateCollaboration", "DeleteCollaboration", "ListMembers", "DeleteMember", "CreateMembership", "GetMembership", "UpdateMembership", "DeleteMembership", "TagResource", "UntagResource", "ListTagsForResource" },
            probed);

        RefusalProbes.AssertIndistinguishable(cases, secrets);

        var state = r["state"]!;
        Assert.Equal("Secret project name", (string?)Observed.Ok(state["owner_get"], "owner still sees it")["collaboration"]!["name"]);
        Assert.Equal("ACTIVE", (string?)Observed.Ok(state["owner_membership"], "owner membership intact")["membership"]!["status"]);
        Assert.Empty(Observed.Ok(state["owner_tags"], "no tags were added")["tags"]!.AsObject());
        Assert.Empty(Observed.Ok(state["outsider_list"], "outsider lists nothing")["collaborationList"]!.AsArray());
        Assert.Empty(Observed.Ok(state["outsider_memberships"], "outsider has no memberships")["membershipSummaries"]!.AsArray());
        Observed.Ok(state["peer_membership"], "peer's own membership");
    }
}
