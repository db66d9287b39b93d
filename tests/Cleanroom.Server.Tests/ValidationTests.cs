using Cleanroom.Server.Tests.Infrastructure;

namespace Cleanroom.Server.Tests;

/// <summary>
/// Model-driven validation for clients that skip botocore's own checks: each case of Cases/validation-cases.json
/// is answered ValidationException naming the field.
/// </summary>
public sealed class ValidationTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task EveryInvalidRequestNamesItsField()
    {
        var accounts = await fixture.Server.CreateAccountsAsync("A", "B");
        var results = (await Boto3Script.RunAsync("validation_errors.py", fixture.Url, accounts)).AsArray();
        Assert.True(results.Count >= 20, "the case file should hold the validation cases");
        foreach (var result in results)
        {
            var name = (string)result!["name"]!;
            var error = Observed.FieldError(result["result"], (string)result["field"]!, "FIELD_VALIDATION_FAILED", name);
            Assert.False(string.IsNullOrWhiteSpace((string?)error["message"]), $"{name} has a message");
        }

        // Messages name fields but never echo the rejected values.
        var bucket = results.Single(result => (string?)result!["name"] == "invalid result bucket")!["result"]!["error"]!.ToJsonString();
        Assert.DoesNotContain("Bad_Bucket", bucket, StringComparison.Ordinal);
    }
}
