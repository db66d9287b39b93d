namespace Cleanroom.Cli.Client;

/// <summary>Who a client signs as (an access key) and the region its signatures name.</summary>
internal sealed record ClientIdentity(AccessKey Key, string Region);
