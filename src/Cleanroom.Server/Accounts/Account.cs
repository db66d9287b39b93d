namespace Cleanroom.Server.Accounts;

/// <summary>An account as listed: never carries the secret key.</summary>
internal sealed record Account(string AccountId, string Name, string AccessKeyId, DateTimeOffset CreateTime);
