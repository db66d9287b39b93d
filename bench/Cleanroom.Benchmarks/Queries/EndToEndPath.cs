using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Cleanroom.Benchmarks.Queries;

/// <summary>
/// A protected query as a client runs it: StartProtectedQuery over HTTP on loopback with SigV4, GetProtectedQuery
/// until SUCCESS, then GetObject of the result. Polling is gentle (every <see cref="Poll"/>): a client polling every few
/// milliseconds takes CPU from the query on a small machine.
/// </summary>
internal sealed class EndToEndPath(BenchWorld world, ProtectedPath protectedPath, TimeSpan poll)
{
    public TimeSpan Poll => poll;

    /// <summary>Runs the query; returns the downloaded result, the client's wall time and the server's totalDurationInMillis.</summary>
    public async Task<(byte[] Result, double WallMilliseconds, long ServerMilliseconds)> RunAsync(CanonicalQuery query, CancellationToken cancellationToken)
    {
        var client = world.Retailer.Client;
        var path = $"/memberships/{world.RetailerMembershipId}/protectedQueries";
        var clock = Stopwatch.StartNew();
        var started = await client.CleanRoomsAsync("StartProtectedQuery", HttpMethod.Post, path, protectedPath.Body(query), cancellationToken);
        var id = (string)started["protectedQuery"]!["id"]!;
        JsonNode state;
        while (true)
        {
            await Task.Delay(poll, cancellationToken);
            state = (await client.CleanRoomsAsync("GetProtectedQuery", HttpMethod.Get, $"{path}/{id}", null, cancellationToken))["protectedQuery"]!;
            var status = (string)state["status"]!;
            if (status == "SUCCESS")
            {
                break;
            }

            if (status is "FAILED" or "CANCELLED" or "TIMED_OUT")
            {
                throw new InvalidOperationException($"{query.Name} ended {status}: {state["error"]?.ToJsonString()}");
            }
        }

        var location = ((string)state["result"]!["output"]!["s3"]!["location"]!)["s3://".Length..];
        var slash = location.IndexOf('/', StringComparison.Ordinal);
        var result = await client.GetObjectAsync(location[..slash], location[(slash + 1)..], cancellationToken);
        clock.Stop();
        return (result, clock.Elapsed.TotalMilliseconds, (long)state["statistics"]!["totalDurationInMillis"]!);
    }
}
