using System.Text.Json.Nodes;
using Cleanroom.Server.Tests.Infrastructure;

namespace Cleanroom.Server.Tests.ProtectedQueries;

/// <summary>Spec 7.2: a member who deleted its log group gets no query logs until it switches logging off and on again.</summary>
[Collection(ProtectedQueryCollection.Name)]
public sealed class LogResumeTests(ProtectedQueryWorld world)
{
    [Fact]
    public async Task LogsStopWithTheGroupAndResumeWhenLoggingIsSwitchedOnAgain()
    {
        var r = await Boto3Script.RunAsync("protected_log_resume.py", world.Url, world.Accounts, new JsonObject
        {
            ["collaboration"] = world.CollaborationId,
            ["membership_a"] = world.MembershipOf("A"),
            ["membership_b"] = world.MembershipOf("B"),
            ["sql"] = "SELECT e.segment, COUNT(DISTINCT p.user_id) AS buyers FROM exposures e JOIN purchases p ON e.user_id = p.user_id GROUP BY e.segment",
        });
        Observed.Ok(r["delete"], "A deletes its log group");
        Observed.Error(r["after_delete"], "ResourceNotFoundException", 400, "the group stays deleted while A's table is queried");
        Assert.Equal("DISABLED", (string?)Observed.Ok(r["off"], "logging off")["membership"]!["queryLogStatus"]);
        Assert.Equal("ENABLED", (string?)Observed.Ok(r["on"], "logging on")["membership"]!["queryLogStatus"]);
        var records = Observed.Ok(r["resumed"], "A's logs after switching back on").AsArray().Select(m => JsonNode.Parse((string)m!)!).ToArray();
        Assert.Equal(2, records.Length);
        Assert.All(records, record => Assert.Equal((string?)r["after_resume"], (string?)record["eventId"]));
        Assert.DoesNotContain(records, record => (string?)record["eventId"] == (string?)r["while_deleted"]);
    }
}
