using Cleanroom.Server.AnalysisTemplates;
using Cleanroom.Server.Associations;
using Cleanroom.Server.Auth;
using Cleanroom.Server.Collaborations;
using Cleanroom.Server.ConfiguredTables;
using Cleanroom.Server.Glue;
using Cleanroom.Server.Hosting;
using Cleanroom.Server.JsonRpc;
using Cleanroom.Server.Memberships;
using Cleanroom.Server.ProtectedQueries;
using Cleanroom.Server.ProtectedQueries.Engine;
using Cleanroom.Server.ProtectedQueries.Logging;
using Cleanroom.Server.ProtectedQueries.Submission;
using Cleanroom.Server.QueryLogs;
using Cleanroom.Server.S3;
using Cleanroom.Server.Schemas;
using Cleanroom.Server.S3.Buckets;
using Cleanroom.Server.S3.Listing;
using Cleanroom.Server.S3.Multipart;
using Cleanroom.Server.S3.Objects;
using Cleanroom.Server.S3.Storage;
using Cleanroom.Server.Tags;
using Cleanroom.Server.Wire;
using Cleanroom.Server.Wire.Model;
using Cleanroom.Server.Wire.Routing;
using Cleanroom.Server.Wire.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Cleanroom.Server;

/// <summary>
/// Composes the server: one endpoint, four AWS protocols. The pipeline is error rendering → health →
/// SigV4 authentication → protocol dispatch (JSON-RPC, S3) → routing → model validation → Clean Rooms handlers.
/// </summary>
public static class CleanroomServer
{
    /// <summary>Opens (creating if needed) the data directory and builds the server; call StartAsync or RunAsync on it.</summary>
    public static WebApplication Build(ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!System.Text.RegularExpressions.Regex.IsMatch(options.Region, @"^[a-z]{2}-[a-z]{4,9}-\d$"))
        {
            throw new ArgumentException($"The region '{options.Region}' must look like an AWS region, e.g. us-east-1.", nameof(options));
        }

        // TLS is left to a reverse proxy (docs/operations.md); say so before anything binds.
        foreach (var url in options.Urls)
        {
            if (!url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"Cleanroom listens on plain http:// URLs, not '{url}'; terminate TLS in a reverse proxy in front of it (see docs/operations.md).", nameof(options));
            }
        }

        var data = ServerData.Open(options.DataDirectory);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = "Cleanroom",
            EnvironmentName = Environments.Production,
            ContentRootPath = data.Directory.Root,
        });
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Logging.ClearProviders();
        if (options.LogToConsole)
        {
            // Logs go to stderr: stdout carries only the one "listening" line scripts wait for.
            builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
            builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        }

        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        // A failed start (port taken) already surfaces as the exception StartAsync throws; the host's own log of it
        // would print the stack trace before the caller's one-line message.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.Services.ConfigureHttpJsonOptions(json => WireJson.Configure(json.SerializerOptions));
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(options.Clock);
        builder.Services.AddSingleton(data);
        builder.Services.AddSingleton(data.Store);
        builder.Services.AddSingleton(data.MasterKey);
        builder.Services.AddSingleton(data.Accounts);
        builder.Services.AddSingleton<PageTokens>();
        builder.Services.AddSingleton(new RequestValidator(ServiceModel.CleanRooms));
        builder.Services.AddSingleton(new JsonRpcTargets());
        builder.Services.AddSingleton(new ObjectFiles(data.Directory));
        builder.Services.AddSingleton<ObjectCatalog>().AddSingleton<ObjectStore>().AddSingleton<S3Router>();
        builder.Services.AddSingleton<BucketEndpoints>().AddSingleton<ObjectEndpoints>().AddSingleton<MultipartEndpoints>().AddSingleton<ListingEndpoints>();
        builder.Services.AddSingleton<S3Handler>(services => services.GetRequiredService<S3Router>().HandleAsync);
        builder.Services.AddSingleton<QueryLogWriter>();
        builder.Services.AddSingleton(data.Directory);
        builder.Services.AddSingleton<QueryLogRecords>().AddSingleton<QueryCompletion>().AddSingleton<QueryExecution>().AddSingleton<ColumnClassSampler>();
        builder.Services.AddSingleton<QueryEngine>().AddSingleton<QuerySubmission>();
        builder.Services.AddSingleton(TagTargets.Create());

        var app = builder.Build();

        // Before listening: remove what a crash left of uploads (temporary files, files no object or part owns).
        app.Services.GetRequiredService<ObjectCatalog>().Sweep();

        // Queries the previous process left running end FAILED (or CANCELLED) before anyone can ask about them.
        QueryRecovery.RunAsync(
            app.Services.GetRequiredService<Store.MetadataStore>(),
            app.Services.GetRequiredService<QueryCompletion>(),
            app.Services.GetRequiredService<ObjectStore>(),
            app.Services.GetRequiredService<ObjectCatalog>(),
            app.Services.GetRequiredService<QueryExecution>()).GetAwaiter().GetResult();
        var engine = app.Services.GetRequiredService<QueryEngine>();
        app.Lifetime.ApplicationStopping.Register(engine.Stop);
        app.UseMiddleware<ErrorMiddleware>();
        app.UseMiddleware<HealthMiddleware>();
        app.UseMiddleware<AuthenticationMiddleware>();
        app.UseMiddleware<ProtocolDispatchMiddleware>();
        app.UseRouting();
        app.UseMiddleware<ValidationMiddleware>();

        var operations = new OperationTable(app);
        CollaborationEndpoints.Map(operations);
        MemberEndpoints.Map(operations);
        MembershipEndpoints.Map(operations);
        TagEndpoints.Map(operations);
        ConfiguredTableEndpoints.Map(operations);
        AnalysisRuleEndpoints.Map(operations);
        AssociationEndpoints.Map(operations);
        AssociationRuleEndpoints.Map(operations);
        SchemaEndpoints.Map(operations);
        AnalysisTemplateEndpoints.Map(operations);
        CollaborationTemplateEndpoints.Map(operations);
        ProtectedQueryEndpoints.Map(operations);
        var targets = app.Services.GetRequiredService<JsonRpcTargets>();
        LogGroupEndpoints.Map(targets);
        LogStreamEndpoints.Map(targets);
        LogEventEndpoints.Map(targets);
        GlueCatalogEndpoints.Map(targets);
        operations.MapUnsupported();
        app.Lifetime.ApplicationStopped.Register(data.Dispose);
        return app;
    }
}
