namespace Cleanroom.Server.Accounts;

/// <summary>What request authentication needs for one access key.</summary>
internal sealed record AccessKey(string AccessKeyId, string AccountId, string SecretAccessKey);
