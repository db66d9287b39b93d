using Cleanroom.Server.JsonRpc;
using Cleanroom.Server.Tests.Infrastructure;
using Cleanroom.Server.Wire;
using Microsoft.Extensions.DependencyInjection;

namespace Cleanroom.Server.Tests;

/// <summary>The awsJson1.1 seam: handlers registered in <see cref="JsonRpcTargets"/> answer boto3 in each service's JSON style.</summary>
public sealed class JsonRpcTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task RegisteredHandlersAnswerInTheServicesJsonStyle()
    {
        var targets = fixture.Server.Services.GetRequiredService<JsonRpcTargets>();
        targets
            .Add(JsonRpcTargets.Glue, "GetPartitions", _ => Task.FromResult<object>(new GluePartitions([new GluePartition(["2024-01"])])))
            .Add(JsonRpcTargets.Glue, "GetPartition", call => throw new ApiException("EntityNotFoundException", 400, $"Partition in {call.Input.GetProperty("TableName").GetString()} not found."))
            .Add(JsonRpcTargets.Logs, "DescribeDestinations", call => Task.FromResult<object>(new DescribeDestinationsOutput([new Destination(call.Input.GetProperty("DestinationNamePrefix").GetString() + "/a")])));
        var account = await fixture.Server.CreateAccountAsync("A");
        var r = await Boto3Script.RunAsync("json_rpc.py", fixture.Url, [account]);

        Assert.Equal("2024-01", (string?)Observed.Ok(r["glue_get_partitions"], "GetPartitions")["Partitions"]![0]!["Values"]![0]);
        var missing = Observed.Error(r["glue_get_partition_missing"], "EntityNotFoundException", 400, "GetPartition");
        Assert.Equal("Partition in missing not found.", (string?)missing["message"]);
        Observed.Error(r["glue_unregistered"], "UnknownOperationException", 400, "GetConnections has no handler");
        Assert.Equal("/cleanroom/a", (string?)Observed.Ok(r["logs_describe_destinations"], "DescribeDestinations")["destinations"]![0]!["destinationName"]);
    }

    private sealed record GluePartition(IReadOnlyList<string> Values);

    private sealed record GluePartitions(IReadOnlyList<GluePartition> Partitions);

    private sealed record Destination(string DestinationName);

    private sealed record DescribeDestinationsOutput(IReadOnlyList<Destination> Destinations);
}
