using System.Text.Json.Nodes;
using Cleanroom.Server.Tests.Infrastructure;

namespace Cleanroom.Server.Tests.ProtectedQueries;

/// <summary>
/// The status lifecycle through boto3: a finished query cannot be cancelled; five ongoing queries fill the
/// membership's quota and a sixth is refused; cancelling a running query ends it CANCELLED within a second and frees
/// its slot; listings are newest first, filter by status and page.
/// </summary>
[Collection(ProtectedQueryCollection.Name)]
public sealed class LifecycleTests(ProtectedQueryWorld world)
{
    [Fact]
    public async Task CancellingFreesTheSlotAndTheQuotaHoldsAtFive()
    {
        var r = await Boto3Script.RunAsync("protected_lifecycle.py", world.Url, world.Accounts, new JsonObject { ["membership"] = world.MembershipOf("B") });

        var tiny = r["tiny"]!;
        Assert.Equal("SUCCESS", (string?)tiny["status"]);
        Assert.Equal("CR.1X", (string?)tiny["computeConfiguration"]!["worker"]!["type"]);
        Assert.Equal(4, (int?)tiny["computeConfiguration"]!["worker"]!["number"]);
        var conflict = Observed.Error(r["cancel_ended"], "ConflictException", 409, "cancelling a finished query");
        Assert.Equal("INVALID_STATE", (string?)conflict["reason"]);
        Observed.FieldError(r["distribute"], "resultConfiguration.outputConfiguration.distribute", "FIELD_VALIDATION_FAILED", "distributed output");

        Assert.Equal("STARTED", (string?)r["first_started"]);
        var quota = Observed.Error(r["sixth"], "ServiceQuotaExceededException", 402, "a sixth ongoing query");
        Assert.Equal("Concurrent ongoing queries per membership", (string?)quota["quotaName"]);
        Assert.Equal(5.0, (double?)quota["quotaValue"]);

        Assert.Contains((string?)Observed.Ok(r["cancel"], "cancel")["protectedQuery"]!["status"], new[] { "CANCELLING", "CANCELLED" });
        var cancelled = r["cancelled"]!;
        Assert.Equal("CANCELLED", (string?)cancelled["status"]);
        Assert.True((double)r["cancel_ms"]! < 1000, $"the slot was freed after {r["cancel_ms"]} ms");
        Assert.Null(cancelled["result"]);
        Assert.Null(cancelled["error"]);
        Assert.NotNull(cancelled["statistics"]!["billedResourceUtilization"]);
        Observed.Error(r["cancel_again"], "ConflictException", 409, "cancelling a cancelled query");
        Observed.Ok(r["after_cancel"], "a new query in the freed slot");
        Assert.All(r["final"]!.AsArray(), status => Assert.Equal("CANCELLED", (string?)status));

        var longs = r["longs"]!.AsArray().Select(id => (string?)id).ToHashSet();
        var listed = Observed.Ok(r["list_cancelled"], "list CANCELLED")["protectedQueries"]!.AsArray();
        Assert.Superset(longs, listed.Select(q => (string?)q!["id"]).ToHashSet());
        Assert.All(listed, q => Assert.Equal("CANCELLED", (string?)q!["status"]));
        var receivers = listed[0]!["receiverConfigurations"]![0]!;
        Assert.Equal("DIRECT_ANALYSIS", (string?)receivers["analysisType"]);
        Assert.Equal(world.B.AccountId, (string?)receivers["configurationDetails"]!["directAnalysisConfigurationDetails"]!["receiverAccountIds"]![0]);
        var page1 = Observed.Ok(r["page1"], "first page");
        var page2 = Observed.Ok(r["page2"], "second page")["protectedQueries"]!.AsArray();
        var first = page1["protectedQueries"]!.AsArray();
        Assert.Equal(2, first.Count);
        var times = first.Concat(page2).Select(q => DateTimeOffset.Parse((string)q!["createTime"]!, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(times.OrderDescending(), times);
        Assert.Empty(first.Select(q => (string?)q!["id"]).Intersect(page2.Select(q => (string?)q!["id"])));
    }
}
