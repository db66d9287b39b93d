using System.Text.Json.Nodes;
using Cleanroom.Server.Tests.Infrastructure;

namespace Cleanroom.Server.Tests;

/// <summary>The seed deck's opening, through boto3 (every step) and the aws CLI (representative calls).</summary>
public sealed class SeedOpeningTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task CollaborationLifecycleThroughBoto3()
    {
        var accounts = await fixture.Server.CreateAccountsAsync("A", "B", "C");
        var (a, b, c) = (accounts[0], accounts[1], accounts[2]);
        var r = await Boto3Script.RunAsync("seed_opening.py", fixture.Url, accounts);

        var created = Observed.Ok(r["create"], "create")["collaboration"]!;
        var id = (string)created["id"]!;
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", id);
        Assert.Equal($"arn:aws:cleanrooms:us-east-1:{a.AccountId}:collaboration/{id}", (string?)created["arn"]);
        Assert.Equal("INVITED", (string?)created["memberStatus"]);
        Assert.Null(created["tags"]);
        Assert.Null(created["membershipId"]);

        var invited = Observed.Ok(r["b_invited"], "B lists invitations")["collaborationList"]!.AsArray();
        Assert.Equal(id, (string?)Assert.Single(invited)!["id"]);
        Assert.Equal("INVITED", (string?)invited[0]!["memberStatus"]);
        Assert.Empty(Observed.Ok(r["b_active_before"], "B active before joining")["collaborationList"]!.AsArray());
        Assert.Equal(3, Observed.Ok(r["b_members_invited"], "invited B lists members")["memberSummaries"]!.AsArray().Count);

        var bMembership = Observed.Ok(r["b_join"], "B joins")["membership"]!;
        Assert.Equal("ACTIVE", (string?)bMembership["status"]);
        Assert.Equal($"arn:aws:cleanrooms:us-east-1:{b.AccountId}:membership/{bMembership["id"]}", (string?)bMembership["arn"]);
        Assert.Equal(created["arn"]!.ToString(), (string?)bMembership["collaborationArn"]);
        Assert.True((bool)bMembership["paymentConfiguration"]!["queryCompute"]!["isResponsible"]!);
        Assert.Equal("results-b", (string?)bMembership["defaultResultConfiguration"]!["outputConfiguration"]!["s3"]!["bucket"]);
        Observed.Ok(r["a_join"], "A joins");
        Observed.Ok(r["c_join"], "C joins");

        foreach (var listing in new[] { "a_members", "b_members" })
        {
            var members = Observed.Ok(r[listing], listing)["memberSummaries"]!.AsArray();
            Assert.Equal(3, members.Count);
            Assert.All(members, member => Assert.Equal("ACTIVE", (string?)member!["status"]));
            var bEntry = members.Single(member => (string?)member!["accountId"] == b.AccountId)!;
            Assert.Equal(["CAN_QUERY", "CAN_RECEIVE_RESULTS"], bEntry["abilities"]!.AsArray().Select(x => (string?)x));
            Assert.Equal((string?)bMembership["id"], (string?)bEntry["membershipId"]);
        }

        Assert.Single(Observed.Ok(r["a_memberships"], "A memberships")["membershipSummaries"]!.AsArray());
        Assert.Single(Observed.Ok(r["b_memberships"], "B memberships")["membershipSummaries"]!.AsArray());
        var aView = Observed.Ok(r["a_get"], "A gets")["collaboration"]!;
        Assert.Equal("ACTIVE", (string?)aView["memberStatus"]);
        Assert.Equal("ENABLED", (string?)aView["queryLogStatus"]);
        Assert.Equal("Seed opening v2", (string?)Observed.Ok(r["a_update"], "A updates")["collaboration"]!["name"]);
        var bView = Observed.Ok(r["b_get_after_update"], "B sees the update")["collaboration"]!;
        Assert.Equal("Renamed", (string?)bView["description"]);
        Assert.Equal((string?)bMembership["id"], (string?)bView["membershipId"]);
        Assert.Equal("DISABLED", (string?)Observed.Ok(r["b_update_membership"], "B updates")["membership"]!["queryLogStatus"]);

        Assert.Equal("seed", (string?)Observed.Ok(r["a_tags_collaboration"], "tags")["tags"]!["project"]);
        Assert.Equal("a", (string?)Observed.Ok(r["a_tags_membership"], "membership tags")["tags"]!["side"]);
        var tags = Observed.Ok(r["a_tags_after"], "tags after tag/untag")["tags"]!.AsObject();
        Assert.Equal(["owner", "stage"], tags.Select(pair => pair.Key).Order());

        Observed.Ok(r["c_leave"], "C leaves");
        Observed.Error(r["c_get_membership_after_leave"], "ResourceNotFoundException", 404, "C's deleted membership");
        Assert.Equal("INVALID_STATE", (string?)Observed.Error(r["c_rejoin"], "ConflictException", 409, "C rejoins")["reason"]);
        Observed.Ok(r["a_remove_b"], "A removes B");
        var afterRemoval = Observed.Ok(r["members_after_removal"], "members after removal")["memberSummaries"]!.AsArray();
        Assert.Equal("REMOVED", StatusOf(afterRemoval, b.AccountId));
        Assert.Equal("LEFT", StatusOf(afterRemoval, c.AccountId));
        Assert.Equal("REMOVED", (string?)Observed.Ok(r["b_membership_after_removal"], "B's membership")["membership"]!["status"]);
        Assert.Equal("REMOVED", (string?)Observed.Ok(r["b_collaborations_after_removal"], "B's list")["collaborationList"]![0]!["memberStatus"]);
        Assert.Equal("INVALID_STATE", (string?)Observed.Error(r["b_update_removed_membership"], "ConflictException", 409, "update removed")["reason"]);
        Assert.Equal("INVALID_STATE", (string?)Observed.Error(r["a_leave_as_creator"], "ConflictException", 409, "creator leaves")["reason"]);
        Assert.Equal("INVALID_STATE", (string?)Observed.Error(r["a_remove_self"], "ConflictException", 409, "creator removes itself")["reason"]);

        Observed.Ok(r["a_delete"], "A deletes");
        Observed.Error(r["a_get_after_delete"], "AccessDeniedException", 403, "get deleted");
        Assert.Equal("COLLABORATION_DELETED", (string?)Observed.Ok(r["a_membership_after_delete"], "A's membership")["membership"]!["status"]);
        Assert.Equal("COLLABORATION_DELETED", (string?)Observed.Ok(r["b_membership_after_delete"], "B's membership")["membership"]!["status"]);
        Assert.Single(Observed.Ok(r["a_memberships_deleted"], "filter")["membershipSummaries"]!.AsArray());
        Assert.Empty(Observed.Ok(r["a_collaborations_after_delete"], "A's list")["collaborationList"]!.AsArray());
    }

    [Fact]
    public async Task OpeningThroughTheAwsCli()
    {
        var accounts = await fixture.Server.CreateAccountsAsync("A", "B");
        var (a, b) = (accounts[0], accounts[1]);
        var members = new JsonArray(new JsonObject
        {
            ["accountId"] = b.AccountId,
            ["memberAbilities"] = new JsonArray("CAN_QUERY", "CAN_RECEIVE_RESULTS"),
            ["displayName"] = "Company B",
        }).ToJsonString();
        var created = (await AwsCli.RunAsync(fixture.Url, a, "cleanrooms", "create-collaboration", "--name", "Seed via CLI", "--description", "The opening",
            "--creator-display-name", "Company A", "--creator-member-abilities", "CAN_RECEIVE_RESULTS", "--query-log-status", "DISABLED", "--members", members)).EnsureSuccess();
        var id = (string)created.Json!["collaboration"]!["id"]!;

        var invited = (await AwsCli.RunAsync(fixture.Url, b, "cleanrooms", "list-collaborations", "--member-status", "INVITED")).EnsureSuccess();
        Assert.Equal(id, (string?)invited.Json!["collaborationList"]![0]!["id"]);

        var joined = (await AwsCli.RunAsync(fixture.Url, b, "cleanrooms", "create-membership", "--collaboration-identifier", id, "--query-log-status", "DISABLED")).EnsureSuccess();
        Assert.Equal("ACTIVE", (string?)joined.Json!["membership"]!["status"]);

        var listed = (await AwsCli.RunAsync(fixture.Url, a, "cleanrooms", "list-members", "--collaboration-identifier", id)).EnsureSuccess();
        Assert.Equal(2, listed.Json!["memberSummaries"]!.AsArray().Count);

        var deleted = (await AwsCli.RunAsync(fixture.Url, a, "cleanrooms", "delete-collaboration", "--collaboration-identifier", id)).EnsureSuccess();
        Assert.Equal(string.Empty, deleted.Stdout.Trim());
        var membership = (await AwsCli.RunAsync(fixture.Url, b, "cleanrooms", "get-membership", "--membership-identifier", (string)joined.Json["membership"]!["id"]!)).EnsureSuccess();
        Assert.Equal("COLLABORATION_DELETED", (string?)membership.Json!["membership"]!["status"]);

        var refused = await AwsCli.RunAsync(fixture.Url, b, "cleanrooms", "get-collaboration", "--collaboration-identifier", id);
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("AccessDeniedException", refused.Stderr, StringComparison.Ordinal);
    }

    private static string? StatusOf(JsonArray members, string accountId) =>
        (string?)members.Single(member => (string?)member!["accountId"] == accountId)!["status"];
}
