using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Cleanroom.Cli.Client;
using Cleanroom.Cli.Commands;
using Cleanroom.Cli.Demo.Data;
using Cleanroom.Cli.Demo.Output;
using Cleanroom.Cli.Demo.Scenario;
using Cleanroom.Server;
using Cleanroom.Server.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spectre.Console;
using AccessKey = Cleanroom.Cli.Client.AccessKey;

namespace Cleanroom.Cli.Demo;

/// <summary>
/// The demo from start to end: an embedded server on a free loopback port, two accounts, synthetic data, and then
/// only public API calls signed with each member's keys — the path the aws CLI takes — up to the result and the
/// query logs. The output shows what each member sees; it says nothing about the groups the threshold left out.
/// </summary>
internal static class DemoRun
{
    private const int Steps = 9;

    public static async Task<int> RunAsync(DemoSettings settings, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Console;
        var live = !Console.IsOutputRedirected && console.Profile.Capabilities.Interactive;
        if (Console.IsOutputRedirected)
        {
            // No terminal to fit: wide enough that ids and log rows stay on one line.
            console.Profile.Width = 160;
        }

        if (settings.DataDirectory is { } given && File.Exists(given))
        {
            throw new IOException($"--data-dir {given} is a file, not a directory.");
        }

        var temporary = settings.DataDirectory is null;
        var dataDirectory = Path.GetFullPath(settings.DataDirectory ?? Directory.CreateTempSubdirectory("cleanroom-demo-").FullName);
        try
        {
            return await RunAsync(settings, dataDirectory, temporary, console, live, cancellationToken);
        }
        catch (OperationCanceledException error) when (error.InnerException is not TimeoutException)
        {
            // Ctrl-C or SIGTERM stopped the embedded server mid-run (an HTTP timeout is a failure of its own).
            throw new OperationCanceledException("The demo was interrupted before it finished.");
        }
        finally
        {
            if (temporary)
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
        }
    }

    private static async Task<int> RunAsync(DemoSettings settings, string dataDirectory, bool temporary, IAnsiConsole console, bool live, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var display = new StepDisplay(console, live, Steps);
        console.MarkupLine("[bold]Cleanroom demo[/]: a retailer learns which interest segments of an advertiser's ad audience its buyers belong to, without either company seeing the other's rows.");
        console.WriteLine();

        var options = new ServerOptions(dataDirectory) { Urls = ["http://127.0.0.1:0"], LogToConsole = settings.Verbose };
        await using var app = CleanroomServer.Build(options);
        var endpoint = await display.RunAsync(
            "Starting the server",
            async _ =>
            {
                await app.StartAsync(cancellationToken);
                return app.Urls.First();
            },
            url => $"Server on {url}, data in {dataDirectory}{(temporary ? " (deleted at exit)" : string.Empty)}");

        // Ctrl-C stops the embedded server; the steps stop with it.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, app.Lifetime.ApplicationStopping);
        var token = stopping.Token;
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(30) };
        var accounts = app.Services.GetRequiredService<AccountStore>();
        async Task<DemoMember> CreateMemberAsync(string name)
        {
            var key = await accounts.CreateAsync(name, token);
            return new DemoMember(name, key, new SigningClient(http, new Uri(endpoint), new AccessKey(key.AccessKeyId, key.SecretAccessKey), options.Region));
        }

        var (advertiser, retailer) = await display.RunAsync(
            "Creating accounts",
            async _ => (await CreateMemberAsync("Advertiser"), await CreateMemberAsync("Retailer")),
            members => $"Accounts: Advertiser {members.Item1.AccountId}, Retailer {members.Item2.AccountId}");

        var tables = await display.RunAsync(
            Invariant($"Generating {settings.Users:N0} people"),
            progress => Task.Run(() => SyntheticData.Generate(settings.Users, settings.Seed, fraction =>
            {
                token.ThrowIfCancellationRequested();
                progress.Fraction(fraction);
            }), token),
            generated => Invariant($"Generated {settings.Users:N0} people (seed {settings.Seed}): {generated.ExposureRows:N0} ad exposures for the Advertiser, {generated.PurchaseRows:N0} purchases for the Retailer"));

        await display.RunAsync(
            "Uploading through the S3 API",
            async progress =>
            {
                await CleanRoomSetup.CreateBucketsAsync(advertiser, retailer, token);
                var sent = 0L;
                void Uploaded(long bytes) => progress.Fraction((sent += bytes) / (double)tables.Bytes);
                await CleanRoomSetup.UploadAsync(advertiser, TableShape.Exposures, tables.Exposures, Uploaded, token);
                await CleanRoomSetup.UploadAsync(retailer, TableShape.Purchases, tables.Purchases, Uploaded, token);
                return sent;
            },
            sent => Invariant($"Uploaded {tables.Exposures.Count + tables.Purchases.Count} objects ({sent / 1e6:0.0} MB) to each company's own bucket through the S3 API"));

        await display.RunAsync(
            "Cataloguing through the Glue API",
            async _ =>
            {
                await CleanRoomSetup.CatalogAsync(advertiser, TableShape.Exposures, token);
                await CleanRoomSetup.CatalogAsync(retailer, TableShape.Purchases, token);
                return true;
            },
            _ => "Catalogued advertising.exposures (Advertiser) and retail.purchases (Retailer) through the Glue API");

        var (exposuresTable, purchasesTable) = await display.RunAsync(
            "Configuring tables and analysis rules",
            async _ => (await CleanRoomSetup.ConfigureAsync(advertiser, TableShape.Exposures, settings.Threshold, token),
                        await CleanRoomSetup.ConfigureAsync(retailer, TableShape.Purchases, settings.Threshold, token)),
            _ => $"Configured both tables with AGGREGATION rules: aggregates only, joined on user_id, at least {settings.Threshold} distinct users in every result row");

        var ids = await display.RunAsync(
            "Creating the collaboration",
            _ => CleanRoomSetup.CollaborateAsync(advertiser, retailer, exposuresTable, purchasesTable, token),
            created => $"Collaboration {created.CollaborationId}: the Advertiser invited the Retailer, both joined and associated their tables");

        var (queryId, location) = await display.RunAsync(
            "Running the Retailer's protected query",
            async progress =>
            {
                var id = await QueryRun.StartAsync(retailer, ids.RetailerMembershipId, token);
                var output = await QueryRun.WaitAsync(retailer, ids.RetailerMembershipId, id, status =>
                {
                    progress.Status(status);
                    progress.Fraction(status switch { "SUBMITTED" => 0.2, "STARTED" => 0.5, _ => 1 });
                }, token);
                return (id, output);
            },
            run => $"The Retailer's protected query {run.id} succeeded");

        var (csv, logs) = await display.RunAsync(
            "Fetching the result and the query logs",
            async _ =>
            {
                var result = await QueryRun.DownloadAsync(retailer, location, token);
                var records = new Dictionary<DemoMember, IReadOnlyList<JsonNode>>
                {
                    [advertiser] = await QueryRun.LogRecordsAsync(advertiser, ids.CollaborationId, queryId, token),
                    [retailer] = await QueryRun.LogRecordsAsync(retailer, ids.CollaborationId, queryId, token),
                };
                return (result, records);
            },
            _ => "Downloaded the result (S3 API) and each member's query log records (Logs API)");

        console.WriteLine();
        console.Write(new Panel(new Text(QueryRun.Sql)).Header("The Retailer's query"));
        console.Write(ResultTable.From(csv, "The result, as the Retailer receives it"));
        console.WriteLine("Result file, in the Retailer's bucket:");
        await Console.Out.WriteLineAsync("  " + location);
        console.WriteLine($"Every row covers at least {settings.Threshold} distinct users of each table; a group with fewer is left out, unannounced.");
        console.WriteLine();
        var names = new Dictionary<string, string> { [advertiser.AccountId] = advertiser.Name, [retailer.AccountId] = retailer.Name };
        foreach (var (member, records) in logs)
        {
            console.Write(LogSummary.From(member, ids.CollaborationId, records, names));
        }

        console.WriteLine("Each member's log names only its own tables and their rules; neither holds the other's data.");
        console.WriteLine(Invariant($"Done in {clock.Elapsed.TotalSeconds:0.0} s."));
        if (!settings.Keep)
        {
            console.WriteLine("Next: 'cleanroom demo --keep' keeps the server running and prints aws CLI commands to continue by hand; README.md walks through the same steps with the aws CLI.");
            return ExitCodes.Success;
        }

        await Console.Out.WriteLineAsync();
        await Console.Out.WriteLineAsync($"The server keeps running at {endpoint} until Ctrl-C{(temporary ? "; its data is deleted then (use --data-dir to keep it)" : string.Empty)}. In another shell:");
        await Console.Out.WriteLineAsync();
        foreach (var line in HandOff.Lines(endpoint, options.Region, advertiser, retailer, ids))
        {
            await Console.Out.WriteLineAsync(line);
        }

        await Console.Out.FlushAsync(cancellationToken);
        await app.WaitForShutdownAsync(cancellationToken);
        await Console.Out.WriteLineAsync("Server stopped.");
        return ExitCodes.Success;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
