using Cleanroom.Server.Associations;
using Cleanroom.Server.ConfiguredTables.Wire;
using Cleanroom.Server.Quotas;
using Cleanroom.Server.Store;
using Cleanroom.Server.Tags;
using Cleanroom.Server.Wire;
using Cleanroom.Server.Wire.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cleanroom.Server.ConfiguredTables;

/// <summary>
/// CreateConfiguredTable, GetConfiguredTable, ListConfiguredTables, UpdateConfiguredTable, DeleteConfiguredTable:
/// an account's tables, each over a Glue table of its own catalog, with the columns collaborations may see.
/// </summary>
internal static class ConfiguredTableEndpoints
{
    public static void Map(OperationTable operations)
    {
        var group = operations.Group("ConfiguredTables");
        group.Map("CreateConfiguredTable", CreateAsync);
        group.Map("GetConfiguredTable", GetAsync);
        group.Map("ListConfiguredTables", ListAsync);
        group.Map("UpdateConfiguredTable", UpdateAsync);
        group.Map("DeleteConfiguredTable", DeleteAsync);
    }

    private static Task<Ok<ConfiguredTableOutput>> CreateAsync(ApiCall call, MetadataStore store, ServerOptions options) =>
        store.WriteAsync(async db =>
        {
            var input = call.Input<CreateConfiguredTableInput>();
            Quota.Check(Quota.ConfiguredTablesPerAccount, await ConfiguredTableRows.CountForAccountAsync(db, call.AccountId) + 1, options.Quotas.ConfiguredTablesPerAccount);
            ConfiguredTableRules.CheckAnalysisMethods(input.AnalysisMethod, input.SelectedAnalysisMethods);
            var link = await ConfiguredTableRules.ResolveAsync(db, call.AccountId, input.TableReference, options.Region);
            ConfiguredTableRules.CheckAllowedColumns(input.AllowedColumns, link.Source, options.Quotas);
            var now = options.Clock.GetUtcNow();
            var table = new ConfiguredTableRecord(
                Guid.NewGuid().ToString(),
                call.AccountId,
                input.Name,
                input.Description,
                input.TableReference,
                link.Table.DatabaseName,
                link.Table.Name,
                input.AllowedColumns,
                input.AnalysisMethod,
                input.SelectedAnalysisMethods,
                now,
                now,
                RuleType: null);
            await ConfiguredTableRows.InsertAsync(db, table);
            await TagRows.AddAsync(db, table.ArnIn(options.Region), input.Tags);
            return TypedResults.Ok(new ConfiguredTableOutput(table.ToWire(options.Region)));
        });

    private static Task<Ok<ConfiguredTableOutput>> GetAsync(ApiCall call, string configuredTableIdentifier, MetadataStore store, ServerOptions options) =>
        store.ReadAsync(async db =>
        {
            var table = await ConfiguredTableAccess.LoadOwnedAsync(db, call, configuredTableIdentifier);
            return TypedResults.Ok(new ConfiguredTableOutput(table.ToWire(options.Region)));
        });

    private static Task<Ok<ListConfiguredTablesOutput>> ListAsync(
        ApiCall call,
        [FromQuery] int? maxResults,
        [FromQuery] string? nextToken,
        MetadataStore store,
        PageTokens tokens,
        ServerOptions options) =>
        store.ReadAsync(async db =>
        {
            var request = tokens.Start($"{call.Operation.Name}/{call.AccountId}", maxResults, nextToken);
            var page = tokens.Complete(request, await ConfiguredTableRows.ListForAccountAsync(db, call.AccountId, request));
            return TypedResults.Ok(new ListConfiguredTablesOutput([.. page.Items.Select(table => table.ToSummary(options.Region))], page.NextToken));
        });

    /// <summary>
    /// Any field may change. A new table reference or allow-list is checked like a new table, and the table's
    /// analysis rule must still hold afterwards (else ValidationException INVALID_CONFIGURATION naming the field).
    /// </summary>
    private static Task<Ok<ConfiguredTableOutput>> UpdateAsync(ApiCall call, string configuredTableIdentifier, MetadataStore store, ServerOptions options) =>
        store.WriteAsync(async db =>
        {
            var table = await ConfiguredTableAccess.LoadOwnedAsync(db, call, configuredTableIdentifier);
            var input = call.Input<UpdateConfiguredTableInput>();
            var method = input.AnalysisMethod ?? table.AnalysisMethod;
            var selected = input.SelectedAnalysisMethods ?? (input.AnalysisMethod is null ? table.SelectedAnalysisMethods : null);
            ConfiguredTableRules.CheckAnalysisMethods(method, selected);
            var link = await ConfiguredTableRules.ResolveAsync(db, call.AccountId, input.TableReference ?? table.TableReference, options.Region);
            var allowed = input.AllowedColumns ?? table.AllowedColumns;
            ConfiguredTableRules.CheckAllowedColumns(allowed, link.Source, options.Quotas);
            var updated = table with
            {
                Name = input.Name ?? table.Name,
                Description = input.Description ?? table.Description,
                TableReference = input.TableReference ?? table.TableReference,
                GlueDatabase = link.Table.DatabaseName,
                GlueTable = link.Table.Name,
                AllowedColumns = allowed,
                AnalysisMethod = method,
                SelectedAnalysisMethods = selected,
                UpdateTime = options.Clock.GetUtcNow(),
            };
            if (await AnalysisRuleRows.FindAsync(db, table.Id) is { } rule)
            {
                var problems = AnalysisRulePolicyRules.Problems(rule.TypedPolicy.V1!, updated, options.Region);
                if (problems.Count > 0)
                {
                    var field = input.AllowedColumns is not null ? "allowedColumns" : "analysisMethod";
                    throw ApiException.InvalidConfiguration(
                        $"The table's {rule.Type} analysis rule would no longer hold: {problems[0].Message}. Change the rule first.",
                        new FieldError(field, "The analysis rule depends on the current value"));
                }
            }

            await ConfiguredTableRows.UpdateAsync(db, updated);
            return TypedResults.Ok(new ConfiguredTableOutput(updated.ToWire(options.Region)));
        });

    /// <summary>Deletes the table and its analysis rule; refused (SUBRESOURCES_EXIST) while any association uses it.</summary>
    private static Task<NoContent> DeleteAsync(ApiCall call, string configuredTableIdentifier, MetadataStore store, ServerOptions options) =>
        store.WriteAsync(async db =>
        {
            var table = await ConfiguredTableAccess.LoadOwnedAsync(db, call, configuredTableIdentifier);
            if (await AssociationRows.CountForTableAsync(db, table.Id) > 0)
            {
                throw ApiException.Conflict(
                    "The configured table is associated with a collaboration; delete its associations first.",
                    "SUBRESOURCES_EXIST",
                    table.Id,
                    ConfiguredTableAccess.ResourceType);
            }

            await ConfiguredTableRows.DeleteAsync(db, table.Id);
            await TagRows.DeleteAllAsync(db, table.ArnIn(options.Region));
            return TypedResults.NoContent();
        });
}
