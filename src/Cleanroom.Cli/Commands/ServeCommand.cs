using System.CommandLine;
using Cleanroom.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Cleanroom.Cli.Commands;

/// <summary><c>cleanroom serve</c>: runs the server until SIGTERM or Ctrl-C.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var dataDirectory = CommonOptions.DataDirectory();
        var urls = new Option<string[]>("--urls")
        {
            Description = "URLs to listen on (e.g. http://127.0.0.1:8080; port 0 picks a free port).",
            DefaultValueFactory = _ => ["http://127.0.0.1:8080"],
            AllowMultipleArgumentsPerToken = true,
        };
        var region = new Option<string>("--region")
        {
            Description = "The region used in ARNs.",
            DefaultValueFactory = _ => "us-east-1",
        };
        var maxObjectSize = new Option<long?>("--max-object-size")
        {
            Description = "Largest object the S3 API accepts, in bytes (default 5 TiB; one PutObject or part is at most 5 GiB).",
        };
        var storageQuota = new Option<long?>("--storage-quota")
        {
            Description = "Bytes of objects (and unfinished upload parts) each account may store (default: no limit).",
        };
        var engine = new QueryEngineFlags();
        var command = new Command("serve", "Run the Cleanroom server.") { dataDirectory, urls, region, maxObjectSize, storageQuota };
        foreach (var flag in engine.All)
        {
            command.Options.Add(flag);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new ServerOptions(parse.GetValue(dataDirectory)!)
            {
                Urls = parse.GetValue(urls)!.SelectMany(url => url.Split(';', StringSplitOptions.RemoveEmptyEntries)).ToArray(),
                Region = parse.GetValue(region)!,
            };
            options = options with
            {
                Quotas = options.Quotas with
                {
                    MaxObjectSizeBytes = parse.GetValue(maxObjectSize) ?? options.Quotas.MaxObjectSizeBytes,
                    StorageBytesPerAccount = parse.GetValue(storageQuota),
                },
                Queries = engine.Apply(parse, options.Queries),
            };
            await using var app = CleanroomServer.Build(options);
            await app.StartAsync(cancellationToken);
            Console.WriteLine($"Cleanroom listening on {string.Join(' ', app.Urls)} (region {options.Region}, data {Path.GetFullPath(options.DataDirectory)}; {QueryEngineFlags.Describe(options.Queries)})");
            await app.WaitForShutdownAsync(cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }
}
