namespace Cleanroom.Server.S3.Buckets;

internal sealed record BucketRecord(string Name, string AccountId, string Region, DateTimeOffset CreateTime);
