using System.Text.Json.Nodes;
using Cleanroom.Server.Tests.Infrastructure;

namespace Cleanroom.Server.Tests.ControlPlane;

/// <summary>The seed deck's setup end to end through boto3: catalog, configured tables, rules, associations, schemas, templates.</summary>
public sealed class SeedSetupTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task TwoCompaniesConfigureAssociateAndReadTheirSchemas()
    {
        var accounts = await fixture.Server.CreateAccountsAsync("A", "B");
        var (a, b) = (accounts[0], accounts[1]);
        var document = await Boto3Script.RunAsync("control_plane_seed.py", fixture.Url, accounts);
        var r = document["out"]!;
        var ids = document["ids"]!;
        var cid = (string)ids["collaboration"]!;

        // Glue: names fold to lower case, inputs are echoed, each account has its own catalog.
        Observed.Ok(r["a_database"], "A creates a database");
        var table = Observed.Ok(r["a_get_table"], "A reads its table")["Table"]!;
        Assert.Equal("exposures", (string?)table["Name"]);
        Assert.Equal("adtech", (string?)table["DatabaseName"]);
        Assert.Equal("s3://a-exposures/exposures/", (string?)table["StorageDescriptor"]!["Location"]);
        Assert.Equal("1", (string?)table["Parameters"]!["skip.header.line.count"]);
        Assert.Equal("1", (string?)table["VersionId"]);
        Assert.Equal(a.AccountId, (string?)table["CatalogId"]);
        Observed.Error(r["b_sees_a_database"], "EntityNotFoundException", 400, "B looks in its own catalog");

        // Configured tables and their rules, echoed as sent.
        var configured = Observed.Ok(r["a_configured"], "A configures")["configuredTable"]!;
        Assert.Equal($"arn:aws:cleanrooms:us-east-1:{a.AccountId}:configuredtable/{ids["a_table"]}", (string?)configured["arn"]);
        Assert.Empty(configured["analysisRuleTypes"]!.AsArray());
        Assert.Equal("exposures", (string?)configured["tableReference"]!["glue"]!["tableName"]);
        Observed.Ok(r["b_configured"], "B configures");
        var sentRule = Observed.Ok(r["a_rule"], "A's rule")["analysisRule"]!;
        Assert.Equal("AGGREGATION", (string?)sentRule["type"]);
        var readRule = Observed.Ok(r["a_get_rule"], "A reads its rule")["analysisRule"]!;
        Assert.True(JsonNode.DeepEquals(sentRule["policy"], readRule["policy"]));
        Assert.Equal("QUERY_RUNNER", (string?)readRule["policy"]!["v1"]!["aggregation"]!["joinRequired"]);
        Assert.Equal(["AGGREGATION"], Strings(Observed.Ok(r["a_get_configured"], "get")["configuredTable"]!["analysisRuleTypes"]));
        Assert.Single(Observed.Ok(r["a_list_configured"], "list")["configuredTableSummaries"]!.AsArray());

        // Associations and collaboration rules; without the rule a schema is NOT_READY (X9).
        var before = Observed.Ok(r["schema_before_rule"], "schema before the rule")["schema"]!["schemaStatusDetails"]![0]!;
        Assert.Equal("NOT_READY", (string?)before["status"]);
        Assert.Contains("COLLABORATION_ANALYSIS_RULE_NOT_CONFIGURED", before["reasons"]!.AsArray().Select(reason => (string?)reason!["code"]));
        var association = Observed.Ok(r["a_get_association"], "A's association")["configuredTableAssociation"]!;
        var ma = (string)association["membershipId"]!;
        Assert.Equal($"arn:aws:cleanrooms:us-east-1:{a.AccountId}:membership/{ma}/configuredtableassociation/{association["id"]}", (string?)association["arn"]);
        Assert.Equal(["AGGREGATION"], Strings(association["analysisRuleTypes"]));
        Assert.Single(Observed.Ok(r["a_list_associations"], "list associations")["configuredTableAssociationSummaries"]!.AsArray());
        Assert.Equal("Exposures, v2", (string?)Observed.Ok(r["a_update_association"], "update")["configuredTableAssociation"]!["description"]);
        var associationRule = Observed.Ok(r["a_get_association_rule"], "association rule")["analysisRule"]!;
        Assert.Equal(ma, (string?)associationRule["membershipIdentifier"]);
        Assert.Equal([b.AccountId], Strings(associationRule["policy"]!["v1"]!["aggregation"]!["allowedResultReceivers"]));

        // Both read the schemas: READY, allowed columns only, Glue types, partition keys.
        foreach (var who in new[] { "a", "b" })
        {
            var names = Observed.Ok(r[$"{who}_schemas"], $"{who} lists schemas")["schemaSummaries"]!.AsArray().Select(s => (string?)s!["name"]);
            Assert.Equal(["exposures", "purchases"], names);
            var exposures = Observed.Ok(r[$"{who}_schema_exposures"], $"{who} reads exposures")["schema"]!;
            AssertReady(exposures, "AGGREGATION");
            Assert.Equal(["user_id:string", "segment:string", "campaign:string"], Columns(exposures["columns"]));
            Assert.Empty(exposures["partitionKeys"]!.AsArray());
            Assert.Equal(a.AccountId, (string?)exposures["creatorAccountId"]);
            Assert.Equal("Exposures, v2", (string?)exposures["description"]);
            Assert.Equal(cid, (string?)exposures["collaborationId"]);
            var purchases = Observed.Ok(r[$"{who}_schema_purchases"], $"{who} reads purchases by another spelling")["schema"]!;
            AssertReady(purchases, "AGGREGATION");
            Assert.Equal(["user_id:string", "category:string", "amount:decimal(10,2)"], Columns(purchases["columns"]));
            Assert.Equal(["dt:string"], Columns(purchases["partitionKeys"]));
            Assert.Equal("", (string?)purchases["description"]);
        }

        var batch = Observed.Ok(r["batch_schemas"], "batch schemas");
        Assert.Equal(2, batch["schemas"]!.AsArray().Count);
        Assert.Equal("missing", (string?)Assert.Single(batch["errors"]!.AsArray())!["name"]);
        var schemaRule = Observed.Ok(r["schema_rule"], "schema rule")["analysisRule"]!;
        Assert.True(JsonNode.DeepEquals(sentRule["policy"], schemaRule["policy"]));
        var consolidated = schemaRule["consolidatedPolicy"]!["v1"]!["aggregation"]!;
        Assert.Equal([b.AccountId], Strings(consolidated["allowedResultReceivers"]));
        Assert.Equal(100, (int?)consolidated["outputConstraints"]![0]!["minimum"]);
        Assert.Equal([b.AccountId], Strings(schemaRule["collaborationPolicy"]!["v1"]!["aggregation"]!["allowedResultReceivers"]));
        var rules = Observed.Ok(r["batch_schema_rules"], "batch rules");
        Assert.Equal("purchases", (string?)Assert.Single(rules["analysisRules"]!.AsArray())!["name"]);
        Assert.Equal("LIST", (string?)Assert.Single(rules["errors"]!.AsArray())!["type"]);
        Assert.Empty(Observed.Ok(r["schemas_id_mapping"], "no ID mapping tables")["schemaSummaries"]!.AsArray());

        // LIST and CUSTOM variants.
        AssertReady(Observed.Ok(r["schema_list"], "LIST schema")["schema"]!, "LIST");
        var customSchema = Observed.Ok(r["schema_custom"], "CUSTOM schema")["schema"]!;
        AssertReady(customSchema, "CUSTOM");
        Assert.Equal("MULTIPLE", (string?)customSchema["analysisMethod"]);
        var customRule = Observed.Ok(r["schema_custom_rule"], "CUSTOM rule")["analysisRule"]!["consolidatedPolicy"]!["v1"]!["custom"]!;
        Assert.Equal([b.AccountId], Strings(customRule["allowedAnalysisProviders"]));
        Assert.Equal(["user_id"], Strings(customRule["disallowedOutputColumns"]));

        // Templates: created by B, read by the collaboration, approved by A.
        var template = Observed.Ok(r["b_template"], "B's template")["analysisTemplate"]!;
        Assert.Equal((string?)ids["template_arn"], (string?)template["arn"]);
        Assert.Matches($"^arn:aws:cleanrooms:us-east-1:{b.AccountId}:membership/[0-9a-f-]{{36}}/analysistemplate/[0-9a-f-]{{36}}$", (string)template["arn"]!);
        Assert.Equal(["exposures", "purchases_custom"], Strings(template["schema"]!["referencedTables"]));
        Assert.Equal("10.50", (string?)template["analysisParameters"]![0]!["defaultValue"]);
        Assert.Equal(["EXPOSURES"], Strings(Observed.Ok(r["b_template_listed_tables"], "listed tables")["analysisTemplate"]!["schema"]!["referencedTables"]));
        Assert.Equal((string?)template["source"]!["text"], (string?)Observed.Ok(r["b_get_template"], "get")["analysisTemplate"]!["source"]!["text"]);
        Assert.Equal(2, Observed.Ok(r["b_list_templates"], "list")["analysisTemplateSummaries"]!.AsArray().Count);
        Assert.Equal("Spend, v2", (string?)Observed.Ok(r["b_update_template"], "update")["analysisTemplate"]!["description"]);
        var summaries = Observed.Ok(r["a_collaboration_templates"], "A lists the collaboration's templates")["collaborationAnalysisTemplateSummaries"]!.AsArray();
        Assert.Equal(2, summaries.Count);
        Assert.All(summaries, summary => Assert.Equal(b.AccountId, (string?)summary!["creatorAccountId"]));
        var seen = Observed.Ok(r["a_collaboration_template"], "A reads it")["collaborationAnalysisTemplate"]!;
        Assert.Equal((string?)template["source"]!["text"], (string?)seen["source"]!["text"]);
        Assert.Equal("Spend, v2", (string?)seen["description"]);
        var batchTemplates = Observed.Ok(r["a_batch_templates"], "batch templates");
        Assert.Single(batchTemplates["collaborationAnalysisTemplates"]!.AsArray());
        Assert.Equal("ResourceNotFound", (string?)Assert.Single(batchTemplates["errors"]!.AsArray())!["code"]);
        var unapproved = Observed.Ok(r["approval_schema_before"], "before approval")["schema"]!["schemaStatusDetails"]![0]!;
        Assert.Equal("ANALYSIS_TEMPLATES_NOT_CONFIGURED", (string?)unapproved["reasons"]![0]!["code"]);
        Observed.Ok(r["a_approves"], "A approves the template");
        AssertReady(Observed.Ok(r["approval_schema_after"], "after approval")["schema"]!, "CUSTOM");

        Assert.Equal("media", (string?)Observed.Ok(r["tags_configured"], "configured table tags")["tags"]!["team"]);
        Assert.Equal("a", (string?)Observed.Ok(r["tags_association"], "association tags")["tags"]!["side"]);
        Assert.Equal("report", (string?)Observed.Ok(r["tags_template"], "template tags")["tags"]!["kind"]);
        Assert.Equal(["kind", "stage"], Observed.Ok(r["tags_template_after"], "after tagging")["tags"]!.AsObject().Select(p => p.Key).Order());
    }

    [Fact]
    public async Task AGlueTableConfiguredTableAndRuleThroughTheAwsCli()
    {
        var account = await fixture.Server.CreateAccountAsync("Cli");
        var table = new JsonObject
        {
            ["Name"] = "visits",
            ["Parameters"] = new JsonObject { ["classification"] = "csv", ["skip.header.line.count"] = "1" },
            ["StorageDescriptor"] = new JsonObject
            {
                ["Columns"] = new JsonArray(new JsonObject { ["Name"] = "user_id", ["Type"] = "string" }, new JsonObject { ["Name"] = "page", ["Type"] = "string" }),
                ["Location"] = "s3://cli-visits/visits/",
                ["SerdeInfo"] = new JsonObject { ["SerializationLibrary"] = "org.apache.hadoop.hive.serde2.OpenCSVSerde" },
            },
        };
        (await AwsCli.RunAsync(fixture.Url, account, "glue", "create-database", "--database-input", "{\"Name\": \"web\"}")).EnsureSuccess();
        (await AwsCli.RunAsync(fixture.Url, account, "glue", "create-table", "--database-name", "web", "--table-input", table.ToJsonString())).EnsureSuccess();
        var catalogued = (await AwsCli.RunAsync(fixture.Url, account, "glue", "get-table", "--database-name", "WEB", "--name", "Visits")).EnsureSuccess();
        Assert.Equal("visits", (string?)catalogued.Json!["Table"]!["Name"]);
        Assert.Equal("1", (string?)catalogued.Json["Table"]!["Parameters"]!["skip.header.line.count"]);
        var created = (await AwsCli.RunAsync(fixture.Url, account, "cleanrooms", "create-configured-table", "--name", "Visits",
            "--table-reference", "{\"glue\": {\"databaseName\": \"web\", \"tableName\": \"visits\"}}",
            "--allowed-columns", "user_id", "page", "--analysis-method", "DIRECT_QUERY")).EnsureSuccess();
        var id = (string)created.Json!["configuredTable"]!["id"]!;
        var policy = "{\"v1\": {\"list\": {\"joinColumns\": [\"user_id\"], \"listColumns\": [\"page\"]}}}";
        (await AwsCli.RunAsync(fixture.Url, account, "cleanrooms", "create-configured-table-analysis-rule", "--configured-table-identifier", id,
            "--analysis-rule-type", "LIST", "--analysis-rule-policy", policy)).EnsureSuccess();
        var rule = (await AwsCli.RunAsync(fixture.Url, account, "cleanrooms", "get-configured-table-analysis-rule", "--configured-table-identifier", id,
            "--analysis-rule-type", "LIST")).EnsureSuccess();
        Assert.Equal("page", (string?)rule.Json!["analysisRule"]!["policy"]!["v1"]!["list"]!["listColumns"]![0]);
        var refused = await AwsCli.RunAsync(fixture.Url, account, "cleanrooms", "create-configured-table-analysis-rule", "--configured-table-identifier", id,
            "--analysis-rule-type", "LIST", "--analysis-rule-policy", policy);
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("ConflictException", refused.Stderr, StringComparison.Ordinal);
    }

    private static void AssertReady(JsonNode schema, string ruleType)
    {
        var detail = Assert.Single(schema["schemaStatusDetails"]!.AsArray())!;
        Assert.True((string?)detail["status"] == "READY", $"{schema["name"]} should be READY: {detail.ToJsonString()}");
        Assert.Equal("DIRECT_ANALYSIS", (string?)detail["analysisType"]);
        Assert.Equal(ruleType, (string?)detail["analysisRuleType"]);
        Assert.Equal([ruleType], Strings(schema["analysisRuleTypes"]));
        Assert.Equal("TABLE", (string?)schema["type"]);
    }

    private static string[] Strings(JsonNode? array) => [.. array!.AsArray().Select(item => (string?)item ?? "<null>")];

    private static string[] Columns(JsonNode? array) => [.. array!.AsArray().Select(c => $"{c!["name"]}:{c["type"]}")];
}
