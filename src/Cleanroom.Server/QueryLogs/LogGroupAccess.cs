using Cleanroom.Server.Store;

namespace Cleanroom.Server.QueryLogs;

/// <summary>
/// Finds a log group of the caller's own account by name or by identifier (name or ARN). Another account's group
/// is indistinguishable from a missing one: ResourceNotFoundException.
/// </summary>
internal static class LogGroupAccess
{
    public static async Task<LogGroupRecord> LoadOwnedAsync(DbSession session, string accountId, string? name, string? identifier)
    {
        if (name is not null && identifier is not null)
        {
            throw LogsErrors.InvalidParameter("LogGroup name and LogGroup ARN are mutually exclusive parameters.");
        }

        var resolved = name ?? NameOf(identifier ?? throw LogsErrors.InvalidParameter("Either logGroupName or logGroupIdentifier must be specified."), accountId);
        return (resolved is null ? null : await LogGroupRows.FindAsync(session, accountId, resolved)) ?? throw LogsErrors.GroupNotFound();
    }

    public static string GroupArn(string region, string accountId, string name) => $"arn:aws:logs:{region}:{accountId}:log-group:{name}";

    /// <summary>The group name an identifier names for this account; null when it is an ARN of another account.</summary>
    public static string? NameOf(string identifier, string accountId)
    {
        if (!identifier.StartsWith("arn:", StringComparison.Ordinal))
        {
            return identifier;
        }

        var parts = identifier.Split(':', 7);
        if (parts.Length != 7 || parts[2] != "logs" || parts[5] != "log-group" || parts[4] != accountId)
        {
            return null;
        }

        return parts[6].EndsWith(":*", StringComparison.Ordinal) ? parts[6][..^2] : parts[6];
    }
}
