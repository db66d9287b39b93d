using System.Diagnostics;
using System.Text.Json;
using Cleanroom.Rules;
using Cleanroom.Server.Auth;
using Cleanroom.Server.ProtectedQueries;
using Cleanroom.Server.ProtectedQueries.Engine;
using Cleanroom.Server.ProtectedQueries.Submission;
using Cleanroom.Server.ProtectedQueries.Wire;
using Cleanroom.Server.Store;
using Cleanroom.Server.Wire.Model;
using Cleanroom.Server.Wire.Routing;
using Cleanroom.Sql.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace Cleanroom.Benchmarks.Queries;

/// <summary>
/// A protected query through the server's library without HTTP: what StartProtectedQuery does before it stores the
/// query (load the runner's view of the collaboration, resolve the receiver, parse, bind, check the rules, rewrite,
/// render) and then what the engine does with it (<see cref="QueryExecution.RunAsync"/>: resolve the table files,
/// create the views, lock DuckDB down, COPY the result, publish it into the receiver's bucket). It leaves out only
/// the metadata rows and log records of a stored query, which the end-to-end path measures.
/// </summary>
internal sealed class ProtectedPath(BenchWorld world)
{
    private readonly MetadataStore store = world.App.Services.GetRequiredService<MetadataStore>();
    private readonly QueryExecution execution = world.App.Services.GetRequiredService<QueryExecution>();
    private readonly Cleanroom.Server.S3.ObjectStore objects = world.App.Services.GetRequiredService<Cleanroom.Server.S3.ObjectStore>();

    /// <summary>Runs the query; returns the result file's path and the time spent parsing, checking and rewriting.</summary>
    public async Task<(string ResultPath, double ValidationMilliseconds)> RunAsync(CanonicalQuery query, CancellationToken cancellationToken)
    {
        var call = Call(query);
        var input = call.Input<StartProtectedQueryInput>();
        var region = world.Options.Region;
        var view = await store.ReadAsync(db => RunnerView.LoadAsync(db, call, world.RetailerMembershipId, region), cancellationToken);
        var request = await store.ReadAsync(db => QueryRequest.LoadAsync(db, view, input.SqlParameters, region), cancellationToken);
        var queryId = Guid.NewGuid().ToString();
        var destination = await store.ReadAsync(db => ResultDestinations.ResolveAsync(db, view, input.ResultConfiguration, queryId), cancellationToken);
        var validation = Stopwatch.StartNew();
        var plan = Plan(view, request, destination, queryId);
        validation.Stop();

        var outcome = await execution.RunAsync(plan, cancellationToken);
        if (outcome.Status != ProtectedQueryStatus.Success)
        {
            throw new InvalidOperationException($"{query.Name} ended {outcome.Status}: {outcome.Error?.Code} {outcome.Error?.Message}");
        }

        var location = outcome.Output!.S3!.Location;
        var found = await objects.ResolveAsync(world.Retailer.AccountId, location, cancellationToken);
        return (found.Single().Path, validation.Elapsed.TotalMilliseconds);
    }

    /// <summary>Parse, bind, check and rewrite the query, render it for DuckDB: the part of a submission that is pure computation.</summary>
    public async Task<Func<double>> ValidationAsync(CanonicalQuery query)
    {
        var plan = await PlannerAsync(query);
        return () =>
        {
            var clock = Stopwatch.StartNew();
            _ = plan();
            return clock.Elapsed.TotalMilliseconds;
        };
    }

    /// <summary>The SQL the engine runs for <paramref name="query"/> (over the views <c>view_1</c>, <c>view_2</c> …).</summary>
    public async Task<string> RenderedAsync(CanonicalQuery query) => (await PlannerAsync(query))().Sql;

    private async Task<Func<QueryPlan>> PlannerAsync(CanonicalQuery query)
    {
        var call = Call(query);
        var input = call.Input<StartProtectedQueryInput>();
        var region = world.Options.Region;
        var view = await store.ReadAsync(db => RunnerView.LoadAsync(db, call, world.RetailerMembershipId, region), CancellationToken.None);
        var request = await store.ReadAsync(db => QueryRequest.LoadAsync(db, view, input.SqlParameters, region), CancellationToken.None);
        var destination = await store.ReadAsync(db => ResultDestinations.ResolveAsync(db, view, input.ResultConfiguration, "validation"), CancellationToken.None);
        return () => Plan(view, request, destination, "validation");
    }

    /// <summary>The StartProtectedQuery body a client sends for <paramref name="query"/> (the membership's default result configuration).</summary>
    public object Body(CanonicalQuery query) => new
    {
        type = "SQL",
        sqlParameters = query.TemplateParameter is { } parameter
            ? (object)new { analysisTemplateArn = world.TemplateArn, parameters = new Dictionary<string, string> { [parameter.Name] = parameter.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) } }
            : new { queryString = query.Sql },
    };

    private static QueryPlan Plan(RunnerView view, QueryRequest request, ResultDestination destination, string queryId)
    {
        var submitted = request.Parse();
        var tables = QueryableTable.Of(view.Schemas, _ => null);
        var context = new QueryContext(view.RunnerAccountId, [.. tables.Select(table => table.Table)]) { Template = submitted.Template };
        var accepted = ProtectedQueryChecker.Check(submitted.Tree, context) switch
        {
            Accepted ok => ok.Query,
            Rejected refused => throw new InvalidOperationException($"Refused: {string.Join("; ", refused.Violations.Select(violation => $"[{violation.Rule}] {violation.Message}"))}"),
            _ => throw new InvalidOperationException("No verdict."),
        };
        var referenced = accepted.ReferencedTables
            .Select(table => tables.First(candidate => string.Equals(candidate.Table.Name, table.Name, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        ResultDestinations.CheckAllowed(destination, referenced);
        return new QueryPlan(queryId, DuckDbRenderer.Render(accepted.ExecutableTree, accepted.RenderOptions), [.. referenced.Select(table => table.Read)], null, destination.Delivery);
    }

    private ApiCall Call(CanonicalQuery query)
    {
        var body = JsonSerializer.SerializeToElement(Body(query));
        var caller = new Caller(world.Retailer.AccountId, "bench", "cleanrooms", world.Options.Region, new SigningContext(string.Empty, string.Empty, [], string.Empty, string.Empty));
        return new ApiCall(caller, ServiceModel.CleanRooms.Operation("StartProtectedQuery"), body);
    }
}
