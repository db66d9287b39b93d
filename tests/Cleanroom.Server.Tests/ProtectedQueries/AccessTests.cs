using System.Text.Json.Nodes;
using Cleanroom.Server.Tests.Infrastructure;

namespace Cleanroom.Server.Tests.ProtectedQueries;

/// <summary>
/// Outsiders and members who do not own the membership are refused on every protected-query operation with exactly
/// the answer an id that does not exist gets, so they learn nothing; a member without CAN_QUERY may not start queries.
/// </summary>
[Collection(ProtectedQueryCollection.Name)]
public sealed class AccessTests(ProtectedQueryWorld world)
{
    private static readonly string[] Operations = ["start", "get", "list", "update"];

    [Fact]
    public async Task OnlyTheMembershipOwnerSeesOrTouchesItsQueries()
    {
        var run = (await world.RunAsync(world.Query("probe", "SELECT COUNT(*) AS n FROM purchases_custom")))["probe"]!;
        var queryId = (string)Observed.Ok(run["final"], "B's query")["protectedQuery"]!["id"]!;
        var r = await Boto3Script.RunAsync("protected_access.py", world.Url, world.Accounts, new JsonObject
        {
            ["membership_b"] = world.MembershipOf("B"),
            ["membership_a"] = world.MembershipOf("A"),
            ["query"] = queryId,
        });

        foreach (var account in new[] { "D", "A", "C" })
        {
            foreach (var operation in Operations)
            {
                var refused = Observed.Error(r[$"{account}_on_b"]![operation], "ResourceNotFoundException", 404, $"{account} {operation} on B's membership");
                var random = Observed.Error(r[$"{account}_random"]![operation], "ResourceNotFoundException", 404, $"{account} {operation} on a random id");
                Assert.Equal((string?)random["message"], (string?)refused["message"]);
                Assert.Equal((string?)random["resourceType"], (string?)refused["resourceType"]);
                Assert.DoesNotContain(queryId, refused.ToJsonString(), StringComparison.Ordinal);
            }
        }

        var own = r["A_own"]!;
        var denied = Observed.Error(own["start"], "AccessDeniedException", 403, "A starts a query without CAN_QUERY");
        Assert.Contains("CAN_QUERY", (string?)denied["message"], StringComparison.Ordinal);
        Assert.Empty(Observed.Ok(own["list"], "A lists its own queries")["protectedQueries"]!.AsArray());
        var foreign = Observed.Error(own["get"], "ResourceNotFoundException", 404, "B's query through A's membership");
        var missing = Observed.Error(r["B_random_query"]!["get"], "ResourceNotFoundException", 404, "a random query id");
        Assert.Equal((string?)missing["message"], (string?)foreign["message"]);
        Observed.Error(own["update"], "ResourceNotFoundException", 404, "cancelling B's query through A's membership");
    }
}
