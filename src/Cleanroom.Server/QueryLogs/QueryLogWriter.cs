using System.Globalization;
using System.Text;
using System.Text.Json;
using Cleanroom.Server.Store;

namespace Cleanroom.Server.QueryLogs;

/// <summary>
/// The append-only writer the protected-query pipeline calls: one JSON record into the member's log group
/// <c>/aws/cleanrooms/&lt;collaborationId&gt;</c>, stream <c>YYYY/MM</c> of the event's UTC month, both created on
/// first use. An append is one committed transaction (SQLite <c>synchronous=FULL</c>): when the call returns, the
/// event survives a crash. If the member deleted the group, appends are dropped until <see cref="ResumeAsync"/>
/// (spec 7.2: logs stop; switching logging off and on again on the membership restores them).
/// </summary>
internal sealed class QueryLogWriter(MetadataStore store, TimeProvider clock)
{
    public const string GroupPrefix = "/aws/cleanrooms/";

    /// <summary>CloudWatch's event size limit (256 KiB including 26 bytes of per-event overhead).</summary>
    public const int MaxMessageBytes = 262144 - 26;

    public static string GroupName(string collaborationId) => GroupPrefix + collaborationId;

    public static string StreamName(DateTimeOffset timestamp) => timestamp.UtcDateTime.ToString("yyyy'/'MM", CultureInfo.InvariantCulture);

    /// <summary>Appends one event; false when the member deleted the group (nothing is written).</summary>
    /// <exception cref="ArgumentException">The message is not a JSON document, is too large, or the timestamp is before 1970.</exception>
    public async Task<bool> AppendAsync(string accountId, string collaborationId, DateTimeOffset timestamp, string jsonMessage, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(accountId);
        ArgumentException.ThrowIfNullOrEmpty(collaborationId);
        var time = timestamp.ToUnixTimeMilliseconds();
        if (time < 0)
        {
            throw new ArgumentException("Log event timestamps start at 1970-01-01.", nameof(timestamp));
        }

        var bytes = Encoding.UTF8.GetByteCount(jsonMessage);
        if (bytes > MaxMessageBytes)
        {
            throw new ArgumentException($"A log event is at most {MaxMessageBytes} bytes.", nameof(jsonMessage));
        }

        try
        {
            using var _ = JsonDocument.Parse(jsonMessage);
        }
        catch (JsonException error)
        {
            throw new ArgumentException("A query log record must be a JSON document.", nameof(jsonMessage), error);
        }

        var groupName = GroupName(collaborationId);
        var streamName = StreamName(timestamp);
        return await store.WriteAsync(
            async session =>
            {
                if (await LogGroupRows.IsDeletedAsync(session, accountId, groupName))
                {
                    return false;
                }

                var now = clock.GetUtcNow();
                var group = await LogGroupRows.FindAsync(session, accountId, groupName) ?? await LogGroupRows.CreateAsync(session, accountId, groupName, now);
                var stream = await LogStreamRows.FindAsync(session, group.GroupId, streamName) ?? await LogStreamRows.CreateAsync(session, group.GroupId, streamName, now);
                var ingestion = now.ToUnixTimeMilliseconds();
                await LogEventRows.InsertAsync(session, stream, time, ingestion, jsonMessage);
                await LogStreamRows.RecordAppendAsync(session, stream, time, ingestion, bytes);
                return true;
            },
            cancellationToken);
    }

    /// <summary>Lets appends to a group the member deleted create it again (call when query logging is switched on).</summary>
    public Task ResumeAsync(string accountId, string collaborationId, CancellationToken cancellationToken = default) =>
        store.WriteAsync(session => LogGroupRows.ClearDeletedAsync(session, accountId, GroupName(collaborationId)), cancellationToken);
}
