using Cleanroom.Server.Associations;
using Cleanroom.Server.ConfiguredTables.Wire;
using Cleanroom.Server.Store;
using Cleanroom.Server.Wire;
using Cleanroom.Server.Wire.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cleanroom.Server.ConfiguredTables;

/// <summary>
/// Create/Get/Update/DeleteConfiguredTableAnalysisRule: at most one AGGREGATION, LIST or CUSTOM rule per configured
/// table, stored exactly as sent. A rule is addressed by its type; any other type is "not found".
/// </summary>
internal static class AnalysisRuleEndpoints
{
    public static void Map(OperationTable operations)
    {
        var group = operations.Group("ConfiguredTableAnalysisRules");
        group.Map("CreateConfiguredTableAnalysisRule", CreateAsync);
        group.Map("GetConfiguredTableAnalysisRule", GetAsync);
        group.Map("UpdateConfiguredTableAnalysisRule", UpdateAsync);
        group.Map("DeleteConfiguredTableAnalysisRule", DeleteAsync);
    }

    private static Task<Ok<ConfiguredTableAnalysisRuleOutput>> CreateAsync(ApiCall call, string configuredTableIdentifier, MetadataStore store, ServerOptions options) =>
        store.WriteAsync(async db =>
        {
            var table = await ConfiguredTableAccess.LoadOwnedAsync(db, call, configuredTableIdentifier);
            var input = call.Input<CreateConfiguredTableAnalysisRuleInput>();
            if (table.RuleType is not null)
            {
                throw ApiException.Conflict(
                    $"The configured table already has a {table.RuleType} analysis rule; a table has at most one.",
                    "ALREADY_EXISTS",
                    table.Id,
                    ConfiguredTableAccess.ResourceType);
            }

            AnalysisRulePolicyRules.Check(input.AnalysisRuleType, input.AnalysisRulePolicy, table, options.Region);
            var now = options.Clock.GetUtcNow();
            var rule = new AnalysisRuleRecord(table.Id, input.AnalysisRuleType, input.AnalysisRulePolicy, now, now);
            await AnalysisRuleRows.InsertAsync(db, rule);
            return TypedResults.Ok(new ConfiguredTableAnalysisRuleOutput(rule.ToWire(table, options.Region)));
        });

    private static Task<Ok<ConfiguredTableAnalysisRuleOutput>> GetAsync(
        ApiCall call,
        string configuredTableIdentifier,
        string analysisRuleType,
        MetadataStore store,
        ServerOptions options) =>
        store.ReadAsync(async db =>
        {
            var (table, rule) = await LoadAsync(db, call, configuredTableIdentifier, analysisRuleType);
            return TypedResults.Ok(new ConfiguredTableAnalysisRuleOutput(rule.ToWire(table, options.Region)));
        });

    private static Task<Ok<ConfiguredTableAnalysisRuleOutput>> UpdateAsync(
        ApiCall call,
        string configuredTableIdentifier,
        string analysisRuleType,
        MetadataStore store,
        ServerOptions options) =>
        store.WriteAsync(async db =>
        {
            var (table, rule) = await LoadAsync(db, call, configuredTableIdentifier, analysisRuleType);
            var input = call.Input<UpdateConfiguredTableAnalysisRuleInput>();
            AnalysisRulePolicyRules.Check(rule.Type, input.AnalysisRulePolicy, table, options.Region);
            var updated = rule with { Policy = input.AnalysisRulePolicy, UpdateTime = options.Clock.GetUtcNow() };
            await AnalysisRuleRows.UpdateAsync(db, updated);
            return TypedResults.Ok(new ConfiguredTableAnalysisRuleOutput(updated.ToWire(table, options.Region)));
        });

    /// <summary>
    /// Refused (SUBRESOURCES_EXIST) while an association of the table has a collaboration analysis rule, which is
    /// of the same type and would be left describing a rule that no longer exists.
    /// </summary>
    private static Task<NoContent> DeleteAsync(ApiCall call, string configuredTableIdentifier, string analysisRuleType, MetadataStore store) =>
        store.WriteAsync(async db =>
        {
            var (table, _) = await LoadAsync(db, call, configuredTableIdentifier, analysisRuleType);
            if (await AssociationRows.CountRulesForTableAsync(db, table.Id) > 0)
            {
                throw ApiException.Conflict(
                    "An association of this configured table has a collaboration analysis rule; delete that rule first.",
                    "SUBRESOURCES_EXIST",
                    table.Id,
                    ConfiguredTableAccess.ResourceType);
            }

            await AnalysisRuleRows.DeleteAsync(db, table.Id);
            return TypedResults.NoContent();
        });

    private static async Task<(ConfiguredTableRecord Table, AnalysisRuleRecord Rule)> LoadAsync(DbSession db, ApiCall call, string tableId, string type)
    {
        var table = await ConfiguredTableAccess.LoadOwnedAsync(db, call, tableId);
        var rule = await AnalysisRuleRows.FindAsync(db, table.Id);
        return rule is not null && rule.Type == type
            ? (table, rule)
            : throw ApiException.NotFound($"The configured table has no {type} analysis rule.", table.Id, ConfiguredTableAccess.ResourceType);
    }
}
