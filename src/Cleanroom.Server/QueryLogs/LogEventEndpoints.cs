using System.Text;
using Cleanroom.Server.JsonRpc;
using Cleanroom.Server.QueryLogs.FilterPatterns;
using Cleanroom.Server.QueryLogs.Wire;
using Cleanroom.Server.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Cleanroom.Server.QueryLogs;

/// <summary>
/// GetLogEvents (one stream, paged with <c>f/…</c> and <c>b/…</c> tokens) and FilterLogEvents (a group's streams
/// in time order, filtered by a pattern). Times are Unix milliseconds; startTime is inclusive, endTime exclusive.
/// </summary>
internal static class LogEventEndpoints
{
    private const int MaxEvents = 10000;
    private const int MaxResponseBytes = 1024 * 1024;
    private const int ScanBatch = 1000;

    /// <summary>How many events one FilterLogEvents call examines before answering with a token (CloudWatch also returns partial pages).</summary>
    private const int ScanBudget = 100_000;

    private const int MaxStreamNames = 100;

    public static void Map(JsonRpcTargets targets) =>
        targets
            .Add(JsonRpcTargets.Logs, "GetLogEvents", GetAsync)
            .Add(JsonRpcTargets.Logs, "FilterLogEvents", FilterAsync);

    private static async Task<object> GetAsync(JsonRpcCall call)
    {
        var input = LogRequests.Read<GetLogEventsInput>(call);
        var limit = LogRequests.Limit(input.Limit, MaxEvents, MaxEvents);
        var streamName = input.LogStreamName ?? throw LogsErrors.InvalidParameter("logStreamName is required.");
        var (forward, position) = input.NextToken is { } token ? ParseToken(token)
            : input.StartFromHead == true ? (true, EventPosition.Head)
            : (false, EventPosition.Tail);
        var (start, end) = Window(input.StartTime, input.EndTime);
        var store = call.Http.RequestServices.GetRequiredService<MetadataStore>();
        var events = await store.ReadAsync(
            async session =>
            {
                var group = await LogGroupAccess.LoadOwnedAsync(session, call.Caller.AccountId, input.LogGroupName, input.LogGroupIdentifier);
                var stream = await LogStreamRows.FindAsync(session, group.GroupId, streamName) ?? throw LogsErrors.StreamNotFound();
                return await LogEventRows.InStreamAsync(session, stream.StreamId, start, end, position, forward, limit);
            },
            call.Http.RequestAborted);
        events = WithinResponseSize(events, forward);

        // An empty page keeps its position: a reader that reached the end polls with the same token and sees new
        // events. Reading backwards past the beginning leaves nothing before the position, so forward restarts at the head.
        var nextForward = events.Count > 0 ? events[^1].Position : forward ? position : EventPosition.Head;
        var nextBackward = events.Count > 0 ? events[0].Position : position;
        return new GetLogEventsOutput(
            events.Select(item => new OutputLogEvent(item.Time, item.Message, item.IngestionTime)).ToList(),
            "f/" + nextForward.ToDigits(),
            "b/" + nextBackward.ToDigits());
    }

    private static async Task<object> FilterAsync(JsonRpcCall call)
    {
        var input = LogRequests.Read<FilterLogEventsInput>(call);
        var limit = LogRequests.Limit(input.Limit, MaxEvents, MaxEvents);
        if (input.LogStreamNames is not null && input.LogStreamNamePrefix is not null)
        {
            throw LogsErrors.InvalidParameter("logStreamNames and logStreamNamePrefix are mutually exclusive.");
        }

        if (input.LogStreamNames is { Count: 0 or > MaxStreamNames })
        {
            throw LogsErrors.InvalidParameter($"logStreamNames must list 1 to {MaxStreamNames} streams.");
        }

        FilterPattern pattern;
        try
        {
            pattern = FilterPattern.Parse(input.FilterPattern);
        }
        catch (FilterPatternException error)
        {
            throw LogsErrors.InvalidParameter($"Invalid filter pattern: {error.Message}");
        }

        var after = input.NextToken is { } token
            ? EventPosition.FromDigits(LogRequests.FromToken(token)) ?? throw LogsErrors.InvalidToken()
            : EventPosition.Head;
        var (start, end) = Window(input.StartTime, input.EndTime);
        var store = call.Http.RequestServices.GetRequiredService<MetadataStore>();
        var matched = new List<LogEventRecord>();
        var bytes = 0;
        var scanned = 0;
        var more = await store.ReadAsync(
            async session =>
            {
                var group = await LogGroupAccess.LoadOwnedAsync(session, call.Caller.AccountId, input.LogGroupName, input.LogGroupIdentifier);
                var streamIds = await StreamFilterAsync(session, group.GroupId, input);
                if (streamIds is { Count: 0 })
                {
                    return false;
                }

                while (true)
                {
                    var batch = await LogEventRows.InGroupAsync(session, group.GroupId, streamIds, start, end, after, ScanBatch);
                    foreach (var item in batch)
                    {
                        after = item.Position;
                        scanned++;
                        if (pattern.Matches(item.Message))
                        {
                            matched.Add(item);
                            bytes += Encoding.UTF8.GetByteCount(item.Message);
                            if (matched.Count == limit || bytes >= MaxResponseBytes)
                            {
                                return true;
                            }
                        }
                    }

                    if (batch.Count < ScanBatch)
                    {
                        return false;
                    }

                    if (scanned >= ScanBudget)
                    {
                        return true;
                    }
                }
            },
            call.Http.RequestAborted);
        return new FilterLogEventsOutput(
            matched.Select(item => new FilteredLogEvent(item.StreamName, item.Time, item.Message, item.IngestionTime, item.Position.ToDigits())).ToList(),
            more ? LogRequests.Token(after.ToDigits()) : null);
    }

    /// <summary>The streams to search: named ones (those that exist), those with a prefix, or all (null).</summary>
    private static async Task<IReadOnlyList<long>?> StreamFilterAsync(DbSession session, long groupId, FilterLogEventsInput input)
    {
        if (input.LogStreamNames is { } names)
        {
            var ids = new List<long>();
            foreach (var name in names.Distinct(StringComparer.Ordinal))
            {
                if (await LogStreamRows.FindAsync(session, groupId, name) is { } stream)
                {
                    ids.Add(stream.StreamId);
                }
            }

            return ids;
        }

        if (input.LogStreamNamePrefix is { } prefix)
        {
            var streams = await LogStreamRows.ByNameAsync(session, groupId, prefix, null, descending: false, int.MaxValue);
            return streams.Select(stream => stream.StreamId).ToList();
        }

        return null;
    }

    private static (long Start, long End) Window(long? startTime, long? endTime) => (Math.Max(startTime ?? 0, 0), endTime ?? long.MaxValue);

    private static (bool Forward, EventPosition Position) ParseToken(string token)
    {
        var forward = token.StartsWith("f/", StringComparison.Ordinal);
        if (!forward && !token.StartsWith("b/", StringComparison.Ordinal))
        {
            throw LogsErrors.InvalidToken();
        }

        return (forward, EventPosition.FromDigits(token[2..]) ?? throw LogsErrors.InvalidToken());
    }

    /// <summary>At most 1 MB of messages per response; trimmed from the far end of the reading direction.</summary>
    private static List<LogEventRecord> WithinResponseSize(List<LogEventRecord> events, bool forward)
    {
        var ordered = forward ? events : Enumerable.Reverse(events).ToList();
        var kept = new List<LogEventRecord>();
        var bytes = 0;
        foreach (var item in ordered)
        {
            bytes += Encoding.UTF8.GetByteCount(item.Message);
            if (bytes > MaxResponseBytes && kept.Count > 0)
            {
                break;
            }

            kept.Add(item);
        }

        if (!forward)
        {
            kept.Reverse();
        }

        return kept;
    }
}
