extern alias cli;
using cli::Cleanroom.Cli.Client;
using cli::Cleanroom.Cli.Datagen;
using Cleanroom.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Cleanroom.Benchmarks.Queries;

/// <summary>
/// A real server in this process on a loopback port, with the benchmark collaboration built through its public APIs:
/// the publisher's impressions and the retailer's purchases (Parquet, uploaded through S3), each configured as an
/// AGGREGATION, a LIST and a CUSTOM table, and the retailer's Q5 template. <see cref="ImpressionFiles"/> and
/// <see cref="PurchaseFiles"/> are the object store's files of the two tables: the raw queries read exactly these.
/// </summary>
internal sealed class BenchWorld : IAsyncDisposable
{
    private readonly string directory;

    private BenchWorld(string directory, WebApplication app, ServerOptions options, HttpClient http)
    {
        this.directory = directory;
        App = app;
        Options = options;
        Http = http;
    }

    public WebApplication App { get; }

    public ServerOptions Options { get; }

    public HttpClient Http { get; }

    public Uri Endpoint => new(App.Urls.First());

    public BenchMember Publisher { get; private set; } = null!;

    public BenchMember Retailer { get; private set; } = null!;

    public string CollaborationId { get; private set; } = string.Empty;

    public string RetailerMembershipId { get; private set; } = string.Empty;

    public string TemplateArn { get; private set; } = string.Empty;

    public IReadOnlyList<string> ImpressionFiles { get; private set; } = [];

    public IReadOnlyList<string> PurchaseFiles { get; private set; } = [];

    public static async Task<BenchWorld> CreateAsync(IReadOnlyList<DatasetFiles> parquet, CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("cleanroom-bench-server-").FullName;
        var options = new ServerOptions(directory) { Urls = ["http://127.0.0.1:0"], LogToConsole = false };
        var app = CleanroomServer.Build(options);
        await app.StartAsync(cancellationToken);
        var world = new BenchWorld(directory, app, options, new HttpClient { Timeout = TimeSpan.FromMinutes(30) });
        await world.SetUpAsync(parquet, cancellationToken);
        return world;
    }

    /// <summary>Another SigV4 client of the retailer's (the control-plane benchmark gives each caller its own).</summary>
    public async Task<SigningClient> NewClientAsync(string name, CancellationToken cancellationToken)
    {
        var key = await App.Services.GetRequiredService<Cleanroom.Server.Accounts.AccountStore>().CreateAsync(name, cancellationToken);
        return new SigningClient(Http, Endpoint, new AccessKey(key.AccessKeyId, key.SecretAccessKey), Options.Region);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        Http.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    private async Task SetUpAsync(IReadOnlyList<DatasetFiles> parquet, CancellationToken cancellationToken)
    {
        Publisher = await MemberAsync("publisher", cancellationToken);
        Retailer = await MemberAsync("retailer", cancellationToken);
        await Publisher.Client.CreateBucketAsync(Publisher.DataBucket, cancellationToken);
        await Retailer.Client.CreateBucketAsync(Retailer.DataBucket, cancellationToken);
        await Retailer.Client.CreateBucketAsync(Retailer.ResultBucket, cancellationToken);
        await WorldSetup.UploadAsync(Publisher, parquet.Single(files => files.Table == DatasetTable.Impressions), cancellationToken);
        await WorldSetup.UploadAsync(Retailer, parquet.Single(files => files.Table == DatasetTable.Purchases), cancellationToken);
        await WorldSetup.CatalogAsync(Publisher, DatasetTable.Impressions, cancellationToken);
        await WorldSetup.CatalogAsync(Retailer, DatasetTable.Purchases, cancellationToken);

        var publisherTables = new Dictionary<string, string>
        {
            [TableNames.Impressions] = await WorldSetup.ConfigureAsync(Publisher, DatasetTable.Impressions, "AGGREGATION", BenchRules.ImpressionsAggregation, cancellationToken),
            [TableNames.ImpressionsList] = await WorldSetup.ConfigureAsync(Publisher, DatasetTable.Impressions, "LIST", BenchRules.List(["segment", "region", "device"]), cancellationToken),
            [TableNames.ImpressionsCustom] = await WorldSetup.ConfigureAsync(Publisher, DatasetTable.Impressions, "CUSTOM", BenchRules.Custom(Retailer.AccountId), cancellationToken),
        };
        var retailerTables = new Dictionary<string, string>
        {
            [TableNames.Purchases] = await WorldSetup.ConfigureAsync(Retailer, DatasetTable.Purchases, "AGGREGATION", BenchRules.PurchasesAggregation, cancellationToken),
            [TableNames.PurchasesList] = await WorldSetup.ConfigureAsync(Retailer, DatasetTable.Purchases, "LIST", BenchRules.List(["campaign"]), cancellationToken),
            [TableNames.PurchasesCustom] = await WorldSetup.ConfigureAsync(Retailer, DatasetTable.Purchases, "CUSTOM", BenchRules.Custom(Retailer.AccountId), cancellationToken),
        };

        CollaborationId = await WorldSetup.CollaborateAsync(Publisher, Retailer, cancellationToken);
        var publisherMembership = await WorldSetup.JoinAsync(Publisher, CollaborationId, resultBucket: null, cancellationToken);
        RetailerMembershipId = await WorldSetup.JoinAsync(Retailer, CollaborationId, Retailer.ResultBucket, cancellationToken);
        foreach (var (owner, membership, tables) in new[] { (Publisher, publisherMembership, publisherTables), (Retailer, RetailerMembershipId, retailerTables) })
        {
            foreach (var (name, id) in tables)
            {
                var ruleType = name.EndsWith("_list", StringComparison.Ordinal) ? "LIST" : name.EndsWith("_custom", StringComparison.Ordinal) ? "CUSTOM" : "AGGREGATION";
                await WorldSetup.AssociateAsync(owner, membership, id, name, ruleType, Retailer.AccountId, cancellationToken);
            }
        }

        var parameter = CanonicalQueries.Q5.TemplateParameter!.Value;
        TemplateArn = await WorldSetup.TemplateAsync(Retailer, RetailerMembershipId, "buyers_ranked", CanonicalQueries.Q5.Sql, parameter.Name, parameter.Value, cancellationToken);

        var objects = App.Services.GetRequiredService<Cleanroom.Server.S3.ObjectStore>();
        ImpressionFiles = [.. (await objects.ResolveAsync(Publisher.AccountId, $"s3://{Publisher.DataBucket}/{DatasetTable.Impressions.Name}/", cancellationToken)).Select(found => found.Path)];
        PurchaseFiles = [.. (await objects.ResolveAsync(Retailer.AccountId, $"s3://{Retailer.DataBucket}/{DatasetTable.Purchases.Name}/", cancellationToken)).Select(found => found.Path)];
    }

    private async Task<BenchMember> MemberAsync(string name, CancellationToken cancellationToken)
    {
        var key = await App.Services.GetRequiredService<Cleanroom.Server.Accounts.AccountStore>().CreateAsync(name, cancellationToken);
        return new BenchMember(name, key.AccountId, new SigningClient(Http, Endpoint, new AccessKey(key.AccessKeyId, key.SecretAccessKey), Options.Region));
    }
}
