using System.Text.Json.Nodes;
using Cleanroom.Server.Tests.Infrastructure;

namespace Cleanroom.Server.Tests.ProtectedQueries;

/// <summary>
/// One server with the seed deck's clean room, shared by the protected-query test classes (a collection fixture:
/// the classes run one after another). A and B upload their generated data with <c>aws s3 cp</c>; the control
/// plane is set up through boto3 (Scripts/protected_world.py).
/// </summary>
public sealed class ProtectedQueryWorld : IAsyncLifetime
{
    private readonly TempDirectory files = new("cleanroom-seed");
    private InProcessServer? server;

    internal InProcessServer Server => server ?? throw new InvalidOperationException("The world has not been built.");

    internal string Url => Server.Url;

    internal SeedData Data { get; } = SeedData.Generate();

    internal TestAccount[] Accounts { get; private set; } = [];

    internal TestAccount A => Accounts[0];

    internal TestAccount B => Accounts[1];

    internal TestAccount C => Accounts[2];

    internal TestAccount D => Accounts[3];

    internal JsonNode Ids { get; private set; } = new JsonObject();

    internal string CollaborationId => (string)Ids["collaboration"]!;

    internal string MembershipOf(string account) => (string)Ids["memberships"]![account]!;

    public async Task InitializeAsync()
    {
        server = await InProcessServer.StartAsync();
        Accounts = await server.CreateAccountsAsync("A", "B", "C", "D");
        Data.WriteTo(files.Path);
        await Boto3Script.RunAsync("protected_world.py", Url, Accounts, new JsonObject { ["phase"] = "buckets" });
        (await AwsCli.RunAsync(Url, A, "s3", "cp", files.Combine("a"), "s3://a-data/", "--recursive")).EnsureSuccess();
        (await AwsCli.RunAsync(Url, B, "s3", "cp", files.Combine("b"), "s3://b-data/", "--recursive")).EnsureSuccess();
        Ids = await Boto3Script.RunAsync("protected_world.py", Url, Accounts, new JsonObject { ["phase"] = "world" });
    }

    /// <summary>Starts the runs (see Scripts/protected_run.py) and returns, per run name, its start and final answers.</summary>
    internal Task<JsonNode> RunAsync(params JsonObject[] runs) =>
        Boto3Script.RunAsync("protected_run.py", Url, Accounts, new JsonObject { ["runs"] = new JsonArray([.. runs]) });

    /// <summary>A run of B's, in B's membership.</summary>
    internal JsonObject Query(string name, string sql, JsonObject? result = null) => Run(name, new JsonObject { ["sql"] = sql }, result);

    internal JsonObject Template(string name, string arn, JsonObject? parameters = null, JsonObject? result = null) =>
        Run(name, new JsonObject { ["template"] = arn, ["parameters"] = parameters ?? new JsonObject() }, result);

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        files.Dispose();
    }

    private JsonObject Run(string name, JsonObject sql, JsonObject? result)
    {
        sql["name"] = name;
        sql["account"] = "B";
        sql["membership"] = MembershipOf("B");
        if (result is not null)
        {
            sql["result"] = result;
        }

        return sql;
    }
}
