using System.Text.Json;
using Cleanroom.C3r;
using Cleanroom.Rules;
using Cleanroom.Rules.Schema;
using Cleanroom.Server.AnalysisTemplates;
using Cleanroom.Server.ProtectedQueries.Engine;
using Cleanroom.Server.ProtectedQueries.Logging;
using Cleanroom.Server.ProtectedQueries.Wire;
using Cleanroom.Server.Quotas;
using Cleanroom.Server.Schemas;
using Cleanroom.Server.Store;
using Cleanroom.Server.Wire;
using Cleanroom.Server.Wire.Routing;
using Cleanroom.Sql.Ast;
using Cleanroom.Sql.Rendering;

namespace Cleanroom.Server.ProtectedQueries.Submission;

/// <summary>
/// StartProtectedQuery's validation pipeline (spec 5.7): the runner may query; the payer is active; the result
/// receiver is resolved; the SQL (or template with bound parameters) parses; every table it names is READY; in an
/// encrypted collaboration each column's class is known; the analysis rules accept it; every table allows the
/// receiver. A query refused at any step after the runner's authorization still leaves SUBMISSION records (with its
/// validation errors and an event id of its own: it never becomes a protected query). An accepted query is stored
/// SUBMITTED within the membership's quota of ongoing queries, logged, and handed to the engine.
/// </summary>
internal sealed class QuerySubmission(MetadataStore store, ServerOptions options, QueryLogRecords logs, QueryEngine engine, ColumnClassSampler sampler)
{
    /// <summary>The AWS quota's name (not adjustable in AWS).</summary>
    public const string ConcurrentQueriesQuota = "Concurrent ongoing queries per membership";

    public async Task<ProtectedQueryRecord> StartAsync(ApiCall call, string membershipIdentifier)
    {
        var input = call.Input<StartProtectedQueryInput>();
        var view = await store.ReadAsync(db => RunnerView.LoadAsync(db, call, membershipIdentifier, options.Region));
        var queryId = Guid.NewGuid().ToString();
        var now = options.Clock.GetUtcNow();
        QueryRequest? request = null;
        ResultDestination? destination = null;
        IReadOnlyList<CollaborationSchema> named = [];
        Accepted accepted;
        IReadOnlyList<QueryableTable> referenced;
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, ColumnClass>>? classes;
        try
        {
            request = await store.ReadAsync(db => QueryRequest.LoadAsync(db, view, input.SqlParameters, options.Region));
            CheckPayer(view);
            destination = await store.ReadAsync(db => ResultDestinations.ResolveAsync(db, view, input.ResultConfiguration, queryId));
            var submitted = request.Parse();
            named = NamedTables(view, submitted.Tree);
            CheckReady(named);
            var encryption = EncryptionOf(view);
            classes = encryption is null ? null : await ClassesAsync(view, named, encryption);
            var tables = QueryableTable.Of(view.Schemas, name => classes?.GetValueOrDefault(name));
            var context = new QueryContext(view.RunnerAccountId, [.. tables.Select(table => table.Table)]) { Encryption = encryption, Template = submitted.Template };
            accepted = ProtectedQueryChecker.Check(submitted.Tree, context) switch
            {
                Accepted ok => ok,
                Rejected refused => throw QueryRejections.Refused(refused.Violations, request.Field),
                _ => throw new InvalidOperationException("The checker returned no verdict."),
            };
            referenced = [.. accepted.Query.ReferencedTables.Select(table => tables.First(candidate => string.Equals(candidate.Table.Name, table.Name, StringComparison.OrdinalIgnoreCase)))];
            ResultDestinations.CheckAllowed(destination, referenced);
        }
        catch (ApiException rejection) when (rejection.Code == "ValidationException")
        {
            var facts = Facts(queryId, view, request, input.SqlParameters, destination, named, null, QueryRejections.Reasons(rejection));
            await logs.WriteAsync(view.Collaboration.Id, QueryLogAudience.Of(view.Collaboration, view.Memberships, facts), QueryLogRecords.Submission, now);
            throw;
        }

        var checkedQuery = accepted.Query;
        var ruleType = checkedQuery.RuleType.ToString().ToUpperInvariant();
        var audience = QueryLogAudience.Of(
            view.Collaboration,
            view.Memberships,
            Facts(queryId, view, request, input.SqlParameters, destination, [.. referenced.Select(table => table.Schema)], ruleType, []));
        var byView = classes is null
            ? null
            : referenced.ToDictionary(table => table.Read.ViewName, table => classes.GetValueOrDefault(table.Schema.Name) ?? new Dictionary<string, ColumnClass>());
        var plan = new QueryPlan(
            queryId,
            DuckDbRenderer.Render(checkedQuery.ExecutableTree, checkedQuery.RenderOptions),
            [.. referenced.Select(table => table.Read)],
            byView,
            destination.Delivery);
        var record = new ProtectedQueryRecord(
            queryId,
            view.Membership.Id,
            view.Collaboration.Id,
            view.RunnerAccountId,
            ProtectedQueryStatus.Submitted,
            call.Body.GetProperty("sqlParameters").Clone(),
            destination.Configuration,
            call.Body.TryGetProperty("computeConfiguration", out var compute) ? compute.Clone() : null,
            [destination.ReceiverAccountId],
            destination.Delivery,
            audience,
            null,
            null,
            null,
            now,
            null,
            null);
        await store.WriteAsync(async db =>
        {
            Quota.Check(ConcurrentQueriesQuota, await ProtectedQueryRows.CountOngoingAsync(db, view.Membership.Id) + 1, options.Quotas.ConcurrentQueriesPerMembership);
            await ProtectedQueryRows.InsertAsync(db, record);
        });
        try
        {
            await logs.WriteAsync(view.Collaboration.Id, audience, QueryLogRecords.Submission, now);
        }
        finally
        {
            // A stored query always reaches the engine, so it cannot stay SUBMITTED.
            engine.Enqueue(plan);
        }

        return record;
    }

    private static QueryFacts Facts(
        string eventId,
        RunnerView view,
        QueryRequest? request,
        ProtectedQuerySqlParameters sql,
        ResultDestination? destination,
        IReadOnlyList<CollaborationSchema> tables,
        string? ruleType,
        IReadOnlyList<string> errors) =>
        new(
            eventId,
            view.RunnerAccountId,
            request?.Text ?? sql.QueryString ?? string.Empty,
            request?.TemplateArn ?? sql.AnalysisTemplateArn,
            request?.Parameters ?? sql.Parameters,
            destination is null ? [] : [destination.ReceiverAccountId],
            tables,
            ruleType,
            errors);

    /// <summary>Query compute is paid by the designated member, else by the runner; the payer must be an active member.</summary>
    private static void CheckPayer(RunnerView view)
    {
        var payer = view.Members.FirstOrDefault(member => member.PaymentConfiguration.QueryCompute?.IsResponsible == true) ?? view.Runner;
        if (payer.Status != Collaborations.MemberStatus.Active)
        {
            throw ApiException.InvalidConfiguration("The member who pays for query compute has not joined the collaboration (or has left it).");
        }
    }

    /// <summary>The collaboration's tables the query names (CTE names are not tables), each once.</summary>
    private static IReadOnlyList<CollaborationSchema> NamedTables(RunnerView view, Query tree) =>
        [.. TemplateTables.Of(tree)
            .Where(name => name.Parts.Count == 1)
            .Select(name => view.Schemas.FirstOrDefault(schema => string.Equals(schema.Name, name.Name.Name, StringComparison.OrdinalIgnoreCase)))
            .OfType<CollaborationSchema>()
            .DistinctBy(schema => schema.Association.Id)];

    private static void CheckReady(IReadOnlyList<CollaborationSchema> named)
    {
        foreach (var schema in named.Where(schema => !schema.IsReady))
        {
            var reasons = schema.StatusDetails.SelectMany(detail => detail.Reasons).Select(reason => reason.Code).Distinct().ToArray();
            throw ApiException.InvalidConfiguration(
                $"The table {schema.Name} cannot be queried directly now ({(reasons.Length == 0 ? "not ready for direct analysis" : string.Join(", ", reasons))}).",
                new FieldError("sqlParameters", $"Table {schema.Name} is not READY"));
        }
    }

    private static DataEncryptionMetadata? EncryptionOf(RunnerView view) =>
        view.Collaboration.DataEncryptionMetadata is { ValueKind: JsonValueKind.Object } metadata
            ? new DataEncryptionMetadata(
                Flag(metadata, "allowCleartext"),
                Flag(metadata, "allowDuplicates"),
                Flag(metadata, "allowJoinsOnColumnsWithDifferentNames"),
                Flag(metadata, "preserveNulls"))
            : null;

    private static bool Flag(JsonElement metadata, string name) => metadata.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    /// <summary>
    /// The classes of the named tables' columns, by schema name. A column whose sample mixes classes, or (when the
    /// collaboration forbids cleartext) a cleartext column, makes the query fail before it runs.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, ColumnClass>>> ClassesAsync(
        RunnerView view,
        IReadOnlyList<CollaborationSchema> named,
        DataEncryptionMetadata encryption)
    {
        var reads = QueryableTable.Of(view.Schemas, _ => null).Where(table => named.Any(schema => schema.Association.Id == table.Schema.Association.Id)).ToArray();
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, C3rColumnKind>> kinds;
        try
        {
            kinds = await sampler.SampleAsync([.. reads.Select(table => table.Read)], CancellationToken.None);
        }
        catch (QueryFailureException failure)
        {
            throw ApiException.InvalidConfiguration($"The tables of an encrypted collaboration are read before the query runs: {failure.Failure.Message}");
        }

        var classes = new Dictionary<string, IReadOnlyDictionary<string, ColumnClass>>(StringComparer.OrdinalIgnoreCase);
        foreach (var table in reads)
        {
            var columns = new Dictionary<string, ColumnClass>(StringComparer.Ordinal);
            foreach (var column in table.Read.AllColumns)
            {
                var kind = kinds[table.Read.ViewName].GetValueOrDefault(column.Name, C3rColumnKind.Cleartext);
                columns[column.Name] = kind switch
                {
                    C3rColumnKind.Sealed => ColumnClass.Sealed,
                    C3rColumnKind.Fingerprint => ColumnClass.Fingerprint,
                    C3rColumnKind.Mixed => throw ApiException.InvalidConfiguration(
                        $"Column {column.Name} of table {table.Schema.Name} mixes encrypted and cleartext values; a column must be of one class.",
                        new FieldError("sqlParameters", $"Column {table.Schema.Name}.{column.Name} is of no single class")),
                    _ when !encryption.AllowCleartext => throw ApiException.InvalidConfiguration(
                        $"Column {column.Name} of table {table.Schema.Name} holds cleartext, but this collaboration does not allow cleartext columns.",
                        new FieldError("sqlParameters", $"Column {table.Schema.Name}.{column.Name} is cleartext")),
                    _ => ColumnClass.Cleartext,
                };
            }

            classes[table.Schema.Name] = columns;
        }

        return classes;
    }
}
