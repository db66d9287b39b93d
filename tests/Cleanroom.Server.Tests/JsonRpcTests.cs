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
            .Add(JsonRpcTargets.Glue, "GetDatabases", _ => Task.FromResult<object>(new GlueDatabases([new GlueDatabase("sales", "Sales data")])))
            .Add(JsonRpcTargets.Glue, "GetDatabase", call => throw new ApiException("EntityNotFoundException", 400, $"Database {call.Input.GetProperty("Name").GetString()} not found."))
            .Add(JsonRpcTargets.Logs, "DescribeDestinations", call => Task.FromResult<object>(new DescribeDestinationsOutput([new Destination(call.Input.GetProperty("DestinationNamePrefix").GetString() + "/a")])));
        var account = await fixture.Server.CreateAccountAsync("A");
        var r = await Boto3Script.RunAsync("json_rpc.py", fixture.Url, [account]);

        Assert.Equal("sales", (string?)Observed.Ok(r["glue_get_databases"], "GetDatabases")["DatabaseList"]![0]!["Name"]);
        var missing = Observed.Error(r["glue_get_database_missing"], "EntityNotFoundException", 400, "GetDatabase");
        Assert.Equal("Database missing not found.", (string?)missing["message"]);
        Observed.Error(r["glue_unregistered"], "UnknownOperationException", 400, "GetTables has no handler");
        Assert.Equal("/cleanroom/a", (string?)Observed.Ok(r["logs_describe_destinations"], "DescribeDestinations")["destinations"]![0]!["destinationName"]);
    }

    private sealed record GlueDatabase(string Name, string Description);

    private sealed record GlueDatabases(IReadOnlyList<GlueDatabase> DatabaseList);

    private sealed record Destination(string DestinationName);

    private sealed record DescribeDestinationsOutput(IReadOnlyList<Destination> Destinations);
}
