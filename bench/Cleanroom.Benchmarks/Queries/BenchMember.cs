extern alias cli;
using cli::Cleanroom.Cli.Client;

namespace Cleanroom.Benchmarks.Queries;

/// <summary>A company of the benchmark collaboration: its account, its SigV4 client and its buckets.</summary>
internal sealed record BenchMember(string Name, string AccountId, SigningClient Client)
{
    public string DataBucket => $"{Name}-data-{AccountId}";

    public string ResultBucket => $"{Name}-results-{AccountId}";

    public string RoleArn => $"arn:aws:iam::{AccountId}:role/cleanroom-bench";
}
