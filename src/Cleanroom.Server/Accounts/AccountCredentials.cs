namespace Cleanroom.Server.Accounts;

/// <summary>A freshly created account's credentials, shown once.</summary>
internal sealed record AccountCredentials(string AccountId, string AccessKeyId, string SecretAccessKey);
