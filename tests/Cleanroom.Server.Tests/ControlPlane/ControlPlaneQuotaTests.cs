using System.Text.Json.Nodes;
using Cleanroom.Server.Tests.Infrastructure;

namespace Cleanroom.Server.Tests.ControlPlane;

/// <summary>Configured tables, allow-lists, associations and templates answer ServiceQuotaExceededException (402) past their quotas.</summary>
public sealed class ControlPlaneQuotaTests
{
    [Fact]
    public async Task ControlPlaneQuotasAreEnforcedWithTheirNames()
    {
        await using var server = await InProcessServer.StartAsync(new QuotaOptions
        {
            ConfiguredTablesPerAccount = 2,
            ColumnsPerAllowList = 2,
            AssociationsPerMembership = 1,
            AnalysisTemplatesPerMembership = 1,
        });
        var accounts = await server.CreateAccountsAsync("A", "B");
        var r = await Boto3Script.RunAsync("control_plane_quotas.py", server.Url, accounts);

        Quota(r["three_columns"], "Columns per configured-table allow-list", 2, "three allowed columns");
        Observed.Ok(r["second_table"], "second configured table");
        Quota(r["third_table"], "Configured tables per account", 2, "third configured table");
        Quota(r["widen_by_update"], "Columns per configured-table allow-list", 2, "widening by update");
        Observed.Ok(r["first_association"], "first association");
        Quota(r["second_association"], "Table associations per membership", 1, "second association");
        Observed.Ok(r["first_template"], "first template");
        Quota(r["second_template"], "Analysis templates per membership", 1, "second template");
        Observed.Ok(r["after_delete"], "a deleted template frees its slot");
    }

    [Fact]
    public void DefaultsAreTheSpecificationsValues()
    {
        var defaults = new QuotaOptions();
        Assert.Equal(250, defaults.ConfiguredTablesPerAccount);
        Assert.Equal(100, defaults.ColumnsPerAllowList);
        Assert.Equal(25, defaults.AssociationsPerMembership);
        Assert.Equal(25, defaults.AnalysisTemplatesPerMembership);
    }

    private static void Quota(JsonNode? result, string name, double value, string what)
    {
        var error = Observed.Error(result, "ServiceQuotaExceededException", 402, what);
        Assert.Equal(name, (string?)error["quotaName"]);
        Assert.Equal(value, (double?)error["quotaValue"]);
    }
}
