namespace Cleanroom.Server.QueryLogs;

internal sealed record LogGroupRecord(long GroupId, string AccountId, string Name, DateTimeOffset CreateTime, long StoredBytes);
