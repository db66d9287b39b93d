using System.Text.Json.Nodes;
using Cleanroom.Server.Tests.Infrastructure;

namespace Cleanroom.Server.Tests.ControlPlane;

/// <summary>Conflicts carry their reason, missing resources their documented error, and schemas their NOT_READY reasons.</summary>
public sealed class ControlPlaneConflictTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task ConflictsMissingResourcesAndSchemaReadiness()
    {
        var accounts = await fixture.Server.CreateAccountsAsync("A", "B", "C");
        var r = await Boto3Script.RunAsync("control_plane_conflicts.py", fixture.Url, accounts);

        Conflict(r["second_rule_same_type"], "ALREADY_EXISTS", "a second rule of the same type");
        Conflict(r["second_rule_other_type"], "ALREADY_EXISTS", "a second rule of another type (X8)");
        NotFound(r["rule_of_other_type"], "CONFIGURED_TABLE", "a rule of a type the table does not have");
        Assert.Equal("a events v2", (string?)Observed.Ok(r["update_renames"], "rename")["configuredTable"]!["name"]);
        Conflict(r["second_association_rule"], "ALREADY_EXISTS", "a second collaboration rule");
        Conflict(r["duplicate_name"], "ALREADY_EXISTS", "an association name taken in another case");
        NotFound(r["foreign_table"], "CONFIGURED_TABLE", "another account's configured table");
        NotFound(r["missing_table"], "CONFIGURED_TABLE", "a configured table that does not exist");
        Assert.Equal(
            (string?)r["foreign_table"]!["error"]!["message"],
            (string?)r["missing_table"]!["error"]!["message"]);

        Conflict(r["delete_associated_table"], "SUBRESOURCES_EXIST", "deleting an associated table (X16)");
        Conflict(r["delete_rule_with_collaboration_rule"], "SUBRESOURCES_EXIST", "deleting a rule a collaboration rule follows");
        Observed.FieldError(r["update_breaking_rule"], "allowedColumns", "INVALID_CONFIGURATION", "dropping a column the rule uses");
        Conflict(r["leave_with_association"], "SUBRESOURCES_EXIST", "leaving with an association");

        NotFound(r["missing_configured_table"], "CONFIGURED_TABLE", "missing configured table");
        NotFound(r["missing_association"], "CONFIGURED_TABLE_ASSOCIATION", "missing association");
        NotFound(r["missing_association_rule"], "CONFIGURED_TABLE_ASSOCIATION", "missing collaboration rule");
        NotFound(r["missing_template"], "MEMBERSHIP", "missing template");
        NotFound(r["missing_schema"], "CONFIGURED_TABLE_ASSOCIATION", "missing schema");
        NotFound(r["missing_schema_rule"], "CONFIGURED_TABLE_ASSOCIATION", "missing schema rule");
        NotFound(r["missing_collaboration_template"], "MEMBERSHIP", "missing collaboration template");
        var updated = Observed.Ok(r["update_with_source"], "an update that also sends a source (X15)")["analysisTemplate"]!;
        Assert.Equal("changed", (string?)updated["description"]);
        Assert.Equal("SELECT COUNT(DISTINCT user_id) FROM events", (string?)updated["source"]!["text"]);
        Conflict(r["duplicate_template_name"], "ALREADY_EXISTS", "template names are unique in a membership");
        NotFound(r["template_of_other_collaboration"], "MEMBERSHIP", "a template of another collaboration");
        Observed.Ok(r["template_here"], "a template of this collaboration");

        Reasons(r["status_no_rule"], "DIRECT_ANALYSIS", "ANALYSIS_RULE_MISSING", "COLLABORATION_ANALYSIS_RULE_NOT_CONFIGURED");
        Reasons(r["status_empty_receivers"], "DIRECT_ANALYSIS", "RESULT_RECEIVERS_NOT_CONFIGURED");
        Reasons(r["status_outside_provider"], "DIRECT_ANALYSIS", "ANALYSIS_PROVIDERS_NOT_CONFIGURED");
        var required = Details(r["status_additional_required"]);
        Assert.Equal("ADDITIONAL_ANALYSIS", (string?)Assert.Single(required)!["analysisType"]);
        Reasons(r["status_additional_required"], "ADDITIONAL_ANALYSIS", "ADDITIONAL_ANALYSES_NOT_CONFIGURED");
        Reasons(r["status_additional_refused"], "DIRECT_ANALYSIS");
        Reasons(r["status_additional_refused"], "ADDITIONAL_ANALYSIS", "ADDITIONAL_ANALYSES_NOT_ALLOWED");

        Assert.Contains("c_events", SchemaNames(r["schemas_before_removal"]));
        Reasons(r["only_c_before"], "DIRECT_ANALYSIS");
        Assert.DoesNotContain("c_events", SchemaNames(r["schemas_after_removal"]));
        Reasons(r["only_c_after"], "DIRECT_ANALYSIS", "RESULT_RECEIVERS_NOT_ALLOWED");
        Reasons(r["events_after"], "DIRECT_ANALYSIS");
        Conflict(r["removed_creates"], "INVALID_STATE", "a removed member creates");
        Observed.Ok(r["removed_reads_own"], "a removed member reads its own association");
        Observed.Ok(r["removed_cleans_up"], "a removed member deletes its association");
        Observed.Ok(r["removed_deletes_table"], "and then its configured table");

        Observed.Ok(r["delete_collaboration_rule"], "delete the collaboration rule");
        Observed.Ok(r["delete_table_rule"], "then the table rule");
        Reasons(r["status_rule_deleted"], "DIRECT_ANALYSIS", "ANALYSIS_RULE_MISSING", "COLLABORATION_ANALYSIS_RULE_NOT_CONFIGURED");
        Observed.Ok(r["delete_association"], "then the association");
        Observed.Ok(r["delete_table"], "then the table");
        NotFound(r["get_deleted_table"], "CONFIGURED_TABLE", "the deleted table");
        Observed.Ok(r["b_delete_template"], "B deletes its template");
        Observed.Ok(r["b_delete_association"], "B deletes its association");
        Observed.Ok(r["b_leaves"], "B can leave once nothing is left in its membership");
    }

    private static void Conflict(JsonNode? result, string reason, string what) =>
        Assert.Equal(reason, (string?)Observed.Error(result, "ConflictException", 409, what)["reason"]);

    private static void NotFound(JsonNode? result, string resourceType, string what) =>
        Assert.Equal(resourceType, (string?)Observed.Error(result, "ResourceNotFoundException", 404, what)["resourceType"]);

    private static JsonArray Details(JsonNode? result) => Observed.Ok(result, "schema")["schema"]!["schemaStatusDetails"]!.AsArray();

    /// <summary>The detail of the analysis type is READY when no reasons are expected, else NOT_READY with exactly those reasons.</summary>
    private static void Reasons(JsonNode? result, string analysisType, params string[] codes)
    {
        var detail = Details(result).Single(item => (string?)item!["analysisType"] == analysisType)!;
        Assert.Equal(codes.Length == 0 ? "READY" : "NOT_READY", (string?)detail["status"]);
        Assert.Equal(codes, detail["reasons"]!.AsArray().Select(reason => (string)reason!["code"]!));
    }

    private static string[] SchemaNames(JsonNode? result) =>
        [.. Observed.Ok(result, "schemas")["schemaSummaries"]!.AsArray().Select(summary => (string)summary!["name"]!)];
}
