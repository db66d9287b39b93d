using Cleanroom.Server.Wire;

namespace Cleanroom.Server.QueryLogs;

/// <summary>CloudWatch Logs error shapes (awsJson1.1, HTTP 400).</summary>
internal static class LogsErrors
{
    public static ApiException GroupNotFound() => new("ResourceNotFoundException", 400, "The specified log group does not exist.");

    public static ApiException StreamNotFound() => new("ResourceNotFoundException", 400, "The specified log stream does not exist.");

    public static ApiException InvalidParameter(string message) => new("InvalidParameterException", 400, message);

    public static ApiException InvalidToken() => InvalidParameter("The specified nextToken is invalid.");

    /// <summary>Query logs are written by the server only.</summary>
    public static ApiException WrittenByCleanroom(string operation) =>
        new("AccessDeniedException", 400, $"{operation} is not available: Cleanroom writes query logs itself, into /aws/cleanrooms/<collaborationId> groups.");
}
