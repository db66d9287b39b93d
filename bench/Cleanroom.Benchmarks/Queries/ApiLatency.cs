using System.Collections.Concurrent;
using System.Diagnostics;

namespace Cleanroom.Benchmarks.Queries;

/// <summary>The API's own latency on loopback: a small protected query from submit to SUCCESS, and control-plane calls under concurrency.</summary>
internal static class ApiLatency
{
    private const int WarmUp = 5;

    /// <summary>Q2 (the join) over the small world, <paramref name="runs"/> times in a row.</summary>
    public static async Task<LatencyFigures> SmallQueryAsync(EndToEndPath path, long inputRows, int runs, CancellationToken cancellationToken)
    {
        var client = new List<double>();
        var server = new List<double>();
        for (var run = -WarmUp; run < runs; run++)
        {
            var (_, wall, total) = await path.RunAsync(CanonicalQueries.Q2, cancellationToken);
            if (run >= 0)
            {
                client.Add(wall);
                server.Add(total);
            }
        }

        return new LatencyFigures(inputRows, runs, path.Poll.TotalMilliseconds, Samples.Median(client), Samples.Percentile(client, 95), Samples.Median(server), Samples.Percentile(server, 95));
    }

    /// <summary><paramref name="clients"/> callers, alternately the two members, each calling GetCollaboration then ListMemberships for <paramref name="duration"/>.</summary>
    public static async Task<ControlPlaneFigures> ControlPlaneAsync(BenchWorld world, int clients, TimeSpan duration, CancellationToken cancellationToken)
    {
        async Task CallAsync(int caller, ConcurrentBag<double>? latencies)
        {
            var member = caller % 2 == 0 ? world.Retailer : world.Publisher;
            var clock = Stopwatch.StartNew();
            if (caller % 4 < 2)
            {
                await member.Client.CleanRoomsAsync("GetCollaboration", HttpMethod.Get, $"/collaborations/{world.CollaborationId}", null, cancellationToken);
            }
            else
            {
                await member.Client.CleanRoomsAsync("ListMemberships", HttpMethod.Get, "/memberships", null, cancellationToken);
            }

            latencies?.Add(clock.Elapsed.TotalMilliseconds);
        }

        async Task<ConcurrentBag<double>> LoadAsync(TimeSpan length)
        {
            var latencies = new ConcurrentBag<double>();
            var deadline = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
            {
                for (var call = client; deadline.Elapsed < length; call += 2)
                {
                    await CallAsync(call, latencies);
                }
            }, cancellationToken)));
            return latencies;
        }

        await LoadAsync(TimeSpan.FromSeconds(2));
        var timer = Stopwatch.StartNew();
        var measured = await LoadAsync(duration);
        var seconds = timer.Elapsed.TotalSeconds;
        var all = measured.ToArray();
        return new ControlPlaneFigures(clients, seconds, all.Length, all.Length / seconds, Samples.Median(all), Samples.Percentile(all, 95));
    }
}
