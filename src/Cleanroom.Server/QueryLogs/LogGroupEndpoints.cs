using Cleanroom.Server.JsonRpc;
using Cleanroom.Server.QueryLogs.Wire;
using Cleanroom.Server.Store;
using Cleanroom.Server.Wire;
using Microsoft.Extensions.DependencyInjection;

namespace Cleanroom.Server.QueryLogs;

/// <summary>
/// DescribeLogGroups and DeleteLogGroup over the caller's own groups. The write operations clients would use to
/// forge entries (CreateLogGroup, CreateLogStream, PutLogEvents) are refused: only the server writes query logs.
/// </summary>
internal static class LogGroupEndpoints
{
    private const int MaxGroupsPerPage = 50;

    public static void Map(JsonRpcTargets targets)
    {
        targets
            .Add(JsonRpcTargets.Logs, "DescribeLogGroups", DescribeAsync)
            .Add(JsonRpcTargets.Logs, "DeleteLogGroup", DeleteAsync);
        foreach (var operation in new[] { "CreateLogGroup", "CreateLogStream", "PutLogEvents" })
        {
            targets.Add(JsonRpcTargets.Logs, operation, _ => throw LogsErrors.WrittenByCleanroom(operation));
        }
    }

    private static async Task<object> DescribeAsync(JsonRpcCall call)
    {
        var input = LogRequests.Read<DescribeLogGroupsInput>(call);
        var limit = LogRequests.Limit(input.Limit, MaxGroupsPerPage, MaxGroupsPerPage);
        var filters = (input.LogGroupNamePrefix is null ? 0 : 1) + (input.LogGroupNamePattern is null ? 0 : 1) + (input.LogGroupIdentifiers is null ? 0 : 1);
        if (filters > 1)
        {
            throw LogsErrors.InvalidParameter("logGroupNamePrefix, logGroupNamePattern and logGroupIdentifiers are mutually exclusive.");
        }

        var account = call.Caller.AccountId;
        var store = call.Http.RequestServices.GetRequiredService<MetadataStore>();
        var region = call.Http.RequestServices.GetRequiredService<ServerOptions>().Region;
        var after = input.NextToken is null ? string.Empty : LogRequests.FromToken(input.NextToken);
        var groups = await store.ReadAsync(
            async session =>
            {
                if (input.LogGroupIdentifiers is { } identifiers)
                {
                    var named = new List<LogGroupRecord>();
                    foreach (var name in identifiers.Select(identifier => LogGroupAccess.NameOf(identifier, account)).OfType<string>().Distinct().Order(StringComparer.Ordinal))
                    {
                        if (string.CompareOrdinal(name, after) > 0 && await LogGroupRows.FindAsync(session, account, name) is { } found)
                        {
                            named.Add(found);
                        }
                    }

                    return named.Take(limit + 1).ToList();
                }

                return await LogGroupRows.ListAsync(session, account, input.LogGroupNamePrefix ?? string.Empty, input.LogGroupNamePattern, after, limit + 1);
            },
            call.Http.RequestAborted);
        var page = groups.Take(limit).ToList();
        return new DescribeLogGroupsOutput(
            page.Select(group =>
            {
                var arn = LogGroupAccess.GroupArn(region, account, group.Name);
                return new LogGroup(group.Name, group.CreateTime.ToUnixTimeMilliseconds(), 0, arn + ":*", group.StoredBytes, "STANDARD", arn);
            }).ToList(),
            groups.Count > limit ? LogRequests.Token(page[^1].Name) : null);
    }

    /// <summary>Deletes the group, its streams and events. A query-log group stays deleted: appends stop until logging is switched on again.</summary>
    private static async Task<object> DeleteAsync(JsonRpcCall call)
    {
        var input = LogRequests.Read<DeleteLogGroupInput>(call);
        var account = call.Caller.AccountId;
        var store = call.Http.RequestServices.GetRequiredService<MetadataStore>();
        var clock = call.Http.RequestServices.GetRequiredService<TimeProvider>();
        await store.WriteAsync(
            async session =>
            {
                var group = await LogGroupAccess.LoadOwnedAsync(session, account, input.LogGroupName ?? throw LogsErrors.InvalidParameter("logGroupName is required."), null);
                await LogGroupRows.DeleteAsync(session, group.GroupId);
                if (group.Name.StartsWith(QueryLogWriter.GroupPrefix, StringComparison.Ordinal))
                {
                    await LogGroupRows.MarkDeletedAsync(session, account, group.Name, clock.GetUtcNow());
                }
            },
            call.Http.RequestAborted);
        return new EmptyOutput();
    }
}
