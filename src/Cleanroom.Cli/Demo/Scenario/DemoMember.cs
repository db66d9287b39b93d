using Cleanroom.Cli.Client;
using Cleanroom.Server.Accounts;

namespace Cleanroom.Cli.Demo.Scenario;

/// <summary>
/// A company in the demo: its account, keys and client. Bucket names carry the account id because bucket names are
/// unique per server and a kept data directory may already hold an earlier run's buckets.
/// </summary>
internal sealed record DemoMember(string Name, AccountCredentials Key, SigningClient Client)
{
    public string AccountId => Key.AccountId;

    public string DataBucket => $"{Name.ToLowerInvariant()}-data-{AccountId}";

    public string ResultBucket => $"{Name.ToLowerInvariant()}-results-{AccountId}";

    public string RoleArn => $"arn:aws:iam::{AccountId}:role/cleanroom-demo";
}
