using System.Globalization;
using Cleanroom.Server.JsonRpc;
using Cleanroom.Server.QueryLogs.Wire;
using Cleanroom.Server.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Cleanroom.Server.QueryLogs;

/// <summary>DescribeLogStreams: by name (with a prefix) or by last event time, ascending or descending.</summary>
internal static class LogStreamEndpoints
{
    private const int MaxStreamsPerPage = 50;

    public static void Map(JsonRpcTargets targets) => targets.Add(JsonRpcTargets.Logs, "DescribeLogStreams", DescribeAsync);

    private static async Task<object> DescribeAsync(JsonRpcCall call)
    {
        var input = LogRequests.Read<DescribeLogStreamsInput>(call);
        var limit = LogRequests.Limit(input.Limit, MaxStreamsPerPage, MaxStreamsPerPage);
        var byTime = (input.OrderBy ?? "LogStreamName") switch
        {
            "LogStreamName" => false,
            "LastEventTime" => true,
            _ => throw LogsErrors.InvalidParameter("orderBy must be LogStreamName or LastEventTime."),
        };
        if (byTime && input.LogStreamNamePrefix is not null)
        {
            throw LogsErrors.InvalidParameter("Cannot order by LastEventTime with a logStreamNamePrefix.");
        }

        var descending = input.Descending ?? false;
        var token = input.NextToken is null ? null : LogRequests.FromToken(input.NextToken);
        var account = call.Caller.AccountId;
        var store = call.Http.RequestServices.GetRequiredService<MetadataStore>();
        var region = call.Http.RequestServices.GetRequiredService<ServerOptions>().Region;
        var (group, streams) = await store.ReadAsync(
            async session =>
            {
                var owned = await LogGroupAccess.LoadOwnedAsync(session, account, input.LogGroupName, input.LogGroupIdentifier);
                var rows = byTime
                    ? await LogStreamRows.ByLastEventAsync(session, owned.GroupId, token is null ? null : TimeToken(token), descending, limit + 1)
                    : await LogStreamRows.ByNameAsync(session, owned.GroupId, input.LogStreamNamePrefix ?? string.Empty, token, descending, limit + 1);
                return (owned, rows);
            },
            call.Http.RequestAborted);
        var page = streams.Take(limit).ToList();
        var next = streams.Count <= limit ? null
            : byTime ? LogRequests.Token($"{page[^1].LastEventTime ?? -1}|{page[^1].Name}")
            : LogRequests.Token(page[^1].Name);
        var groupArn = LogGroupAccess.GroupArn(region, account, group.Name);
        return new DescribeLogStreamsOutput(
            page.Select(stream => new LogStream(
                stream.Name,
                stream.CreateTime.ToUnixTimeMilliseconds(),
                stream.FirstEventTime,
                stream.LastEventTime,
                stream.LastIngestionTime,
                $"{groupArn}:log-stream:{stream.Name}",
                stream.StoredBytes)).ToList(),
            next);
    }

    private static (long Time, string Name) TimeToken(string token)
    {
        var bar = token.IndexOf('|', StringComparison.Ordinal);
        return bar > 0 && long.TryParse(token.AsSpan(0, bar), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var time)
            ? (time, token[(bar + 1)..])
            : throw LogsErrors.InvalidToken();
    }
}
