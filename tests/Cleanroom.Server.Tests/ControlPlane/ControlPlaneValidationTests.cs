using Cleanroom.Server.Tests.Infrastructure;

namespace Cleanroom.Server.Tests.ControlPlane;

/// <summary>
/// Every bad input of Cases/control-plane-bad-inputs.json (configured tables, analysis rules, associations and
/// their rules, templates, schemas) is answered ValidationException naming the field, with the expected reason.
/// </summary>
public sealed class ControlPlaneValidationTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task EveryBadInputNamesItsField()
    {
        var accounts = await fixture.Server.CreateAccountsAsync("A", "B", "C");
        var results = (await Boto3Script.RunAsync("control_plane_bad_inputs.py", fixture.Url, accounts)).AsArray();
        Assert.True(results.Count >= 70, "the case file should hold the bad inputs");
        foreach (var result in results)
        {
            var name = (string)result!["name"]!;
            var error = Observed.FieldError(result["result"], (string)result["field"]!, (string)result["reason"]!, name);
            var message = (string?)error["message"];
            Assert.False(string.IsNullOrWhiteSpace(message), $"{name} has a message");
            if (result["message"] is { } expected)
            {
                Assert.Contains((string)expected!, message, StringComparison.Ordinal);
            }
        }
    }
}
