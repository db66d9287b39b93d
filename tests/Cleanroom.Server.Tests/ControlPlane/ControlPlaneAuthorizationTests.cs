using Cleanroom.Server.Tests.Infrastructure;

namespace Cleanroom.Server.Tests.ControlPlane;

/// <summary>
/// Every control-plane operation refuses an outsider and a non-owner member (for the collaboration views, a
/// member who has not joined) with exactly the error a random id gets, and no names, account ids or values leak.
/// </summary>
public sealed class ControlPlaneAuthorizationTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private static readonly string[] Operations =
    [
        "GetConfiguredTable", "UpdateConfiguredTable", "DeleteConfiguredTable", "CreateConfiguredTableAnalysisRule", "GetConfiguredTableAnalysisRule",
        "UpdateConfiguredTableAnalysisRule", "DeleteConfiguredTableAnalysisRule", "CreateConfiguredTableAssociation", "ListConfiguredTableAssociations",
        "GetConfiguredTableAssociation", "UpdateConfiguredTableAssociation", "DeleteConfiguredTableAssociation",
        "CreateConfiguredTableAssociationAnalysisRule", "GetConfiguredTableAssociationAnalysisRule", "UpdateConfiguredTableAssociationAnalysisRule",
        "DeleteConfiguredTableAssociationAnalysisRule", "CreateAnalysisTemplate", "ListAnalysisTemplates", "GetAnalysisTemplate", "UpdateAnalysisTemplate",
        "DeleteAnalysisTemplate", "ListSchemas", "GetSchema", "BatchGetSchema", "GetSchemaAnalysisRule", "BatchGetSchemaAnalysisRule",
        "ListCollaborationAnalysisTemplates", "GetCollaborationAnalysisTemplate", "BatchGetCollaborationAnalysisTemplate",
        "ListTagsForResource", "TagResource", "UntagResource",
        "GetDatabase", "DeleteDatabase", "GetTable", "GetTables", "CreateTable", "UpdateTable", "DeleteTable", "GetDatabases",
    ];

    [Fact]
    public async Task RefusalsAreIndistinguishableFromMissingResources()
    {
        var accounts = await fixture.Server.CreateAccountsAsync("Owner", "Peer", "Invited", "Outsider");
        var r = await Boto3Script.RunAsync("control_plane_authorization.py", fixture.Url, accounts);
        var secrets = r["secrets"]!.AsArray().Select(secret => (string)secret!).ToArray();
        var cases = r["cases"]!.AsArray();
        Assert.Superset(Operations.ToHashSet(), cases.Select(c => (string)c!["operation"]!).ToHashSet());
        Assert.True(cases.Count >= 90, $"{cases.Count} probes");
        var documented = new Dictionary<string, string>
        {
            ["GetConfiguredTable"] = "ResourceNotFoundException",
            ["GetConfiguredTableAssociation"] = "ResourceNotFoundException",
            ["GetSchema"] = "ResourceNotFoundException",
            ["GetTable"] = "EntityNotFoundException",
            ["GetDatabases"] = "AccessDeniedException",
        };
        foreach (var probe in cases.Where(c => documented.ContainsKey((string)c!["operation"]!)))
        {
            Assert.Equal(documented[(string)probe!["operation"]!], (string?)probe["real"]!["error"]?["code"]);
        }

        RefusalProbes.AssertIndistinguishable(cases, secrets);

        var state = r["state"]!;
        Assert.Equal("Secret table", (string?)Observed.Ok(state["owner_table"], "the owner's table is intact")["configuredTable"]!["name"]);
        Observed.Ok(state["owner_rule"], "the owner's rule is intact");
        Observed.Ok(state["owner_association"], "the owner's association is intact");
        Observed.Ok(state["owner_association_rule"], "the owner's collaboration rule is intact");
        Assert.Equal("secret description", (string?)Observed.Ok(state["owner_template"], "the template is intact")["analysisTemplate"]!["description"]);
        Assert.Empty(Observed.Ok(state["owner_tags"], "no tags were added")["tags"]!.AsObject());
        Observed.Ok(state["owner_glue_table"], "the owner's Glue table is intact");
        Assert.Empty(Observed.Ok(state["outsider_tables"], "an outsider lists no tables")["configuredTableSummaries"]!.AsArray());
        Assert.Empty(Observed.Ok(state["peer_tables"], "a peer lists only its own tables")["configuredTableSummaries"]!.AsArray());
        Observed.Ok(state["peer_schema"], "an active member reads the schema");
        Assert.Empty(Observed.Ok(state["peer_associations"], "the peer's membership holds nothing")["configuredTableAssociationSummaries"]!.AsArray());
    }
}
