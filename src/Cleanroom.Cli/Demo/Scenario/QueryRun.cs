using System.Text.Json.Nodes;

namespace Cleanroom.Cli.Demo.Scenario;

/// <summary>
/// The retailer's protected query through the Clean Rooms API: start it, follow its status, download the result
/// from the location the server reports, and read each member's query log records through the Logs API.
/// </summary>
internal static class QueryRun
{
    /// <summary>Per campaign and interest segment: how many of the retailer's buyers saw it, and what they spent.</summary>
    public const string Sql =
        "SELECT e.campaign, e.segment, COUNT(DISTINCT p.user_id) AS buyers, SUM(p.amount) AS spend " +
        "FROM exposures e JOIN purchases p ON e.user_id = p.user_id " +
        "GROUP BY e.campaign, e.segment ORDER BY e.campaign, buyers DESC";

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    // Records of a query's end are written just after its status changes; a reader may have to wait a moment for them.
    private static readonly TimeSpan LogWait = TimeSpan.FromSeconds(10);

    public static async Task<string> StartAsync(DemoMember runner, string membershipId, CancellationToken cancellationToken)
    {
        var started = await runner.Client.CleanRoomsAsync("StartProtectedQuery", HttpMethod.Post, $"/memberships/{membershipId}/protectedQueries", new
        {
            type = "SQL",
            sqlParameters = new { queryString = Sql },
        }, cancellationToken);
        return (string)started["protectedQuery"]!["id"]!;
    }

    /// <summary>Polls GetProtectedQuery until the query ends; reports each new status; returns the result's S3 location.</summary>
    public static async Task<string> WaitAsync(DemoMember runner, string membershipId, string queryId, Action<string> status, CancellationToken cancellationToken)
    {
        var last = string.Empty;
        while (true)
        {
            var query = (await runner.Client.CleanRoomsAsync("GetProtectedQuery", HttpMethod.Get, $"/memberships/{membershipId}/protectedQueries/{queryId}", null, cancellationToken))["protectedQuery"]!;
            var current = (string)query["status"]!;
            if (current != last)
            {
                status(current);
                last = current;
            }

            switch (current)
            {
                case "SUCCESS":
                    return (string)query["result"]!["output"]!["s3"]!["location"]!;
                case "FAILED" or "CANCELLED" or "TIMED_OUT":
                    var error = query["error"];
                    throw new InvalidOperationException($"The protected query ended {current}: {(string?)error?["code"] ?? "no code"}: {(string?)error?["message"] ?? "no message"}");
                default:
                    await Task.Delay(Poll, cancellationToken);
                    break;
            }
        }
    }

    /// <summary>Downloads <c>s3://bucket/key</c> with the receiver's keys.</summary>
    public static Task<byte[]> DownloadAsync(DemoMember receiver, string location, CancellationToken cancellationToken)
    {
        var path = location["s3://".Length..];
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        return receiver.Client.GetObjectAsync(path[..slash], path[(slash + 1)..], cancellationToken);
    }

    /// <summary>The member's records of the query in its log group <c>/aws/cleanrooms/&lt;collaboration&gt;</c>, oldest first.</summary>
    public static async Task<IReadOnlyList<JsonNode>> LogRecordsAsync(DemoMember member, string collaborationId, string queryId, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + LogWait;
        while (true)
        {
            var records = new List<JsonNode>();
            string? token = null;
            do
            {
                var page = await member.Client.JsonRpcAsync("logs", "Logs_20140328.FilterLogEvents", new
                {
                    logGroupName = $"/aws/cleanrooms/{collaborationId}",
                    filterPattern = $"{{ $.eventId = \"{queryId}\" }}",
                    nextToken = token,
                }, cancellationToken);
                records.AddRange(page["events"]!.AsArray().Select(e => JsonNode.Parse((string)e!["message"]!)!));
                token = (string?)page["nextToken"];
            }
            while (token is not null);

            if (records.Any(record => (string?)record["logStage"] == "TERMINATION") || DateTimeOffset.UtcNow > deadline)
            {
                return records;
            }

            await Task.Delay(Poll, cancellationToken);
        }
    }
}
