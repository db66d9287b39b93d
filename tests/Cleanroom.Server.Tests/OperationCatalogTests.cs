using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cleanroom.Server.Tests.Infrastructure;
using Cleanroom.Server.Wire.Model;
using Cleanroom.Server.Wire.Routing;

namespace Cleanroom.Server.Tests;

/// <summary>
/// Every operation of the model is routed; docs/compatibility.md agrees with the route table; and every
/// operation not built yet answers "not supported" as a ValidationException, driven from the route table.
/// </summary>
public sealed partial class OperationCatalogTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public void EveryModelOperationIsRoutedOnce()
    {
        var catalog = OperationTable.Catalog(fixture.Server.Services);
        Assert.Equal(88, ServiceModel.CleanRooms.Operations.Count);
        Assert.Equal(ServiceModel.CleanRooms.Operations.Keys.Order(), catalog.Select(entry => entry.Operation.Name).Order());
    }

    [Fact]
    public void CompatibilityDocumentMatchesTheRouteTable()
    {
        var rows = File.ReadAllLines(RepositoryRoot.File("docs", "compatibility.md"))
            .Select(line => DocumentRow().Match(line))
            .Where(match => match.Success)
            .ToDictionary(match => match.Groups["name"].Value, match => match.Groups["state"].Value);
        var catalog = OperationTable.Catalog(fixture.Server.Services);
        Assert.Equal(catalog.Count, rows.Count);
        foreach (var entry in catalog)
        {
            Assert.True(rows.TryGetValue(entry.Operation.Name, out var state), $"{entry.Operation.Name} is missing from docs/compatibility.md");
            Assert.True(entry.Implemented == (state == "Implemented"), $"docs/compatibility.md says {entry.Operation.Name} is '{state}'");
        }
    }

    [Fact]
    public async Task OperationsNotBuiltYetAnswerNotSupported()
    {
        var catalog = OperationTable.Catalog(fixture.Server.Services);
        var account = await fixture.Server.CreateAccountAsync("Sweeper");
        var names = new JsonArray(catalog.Select(entry => (JsonNode)entry.Operation.Name).ToArray());
        var results = await Boto3Script.RunAsync("unsupported_sweep.py", fixture.Url, [account], new JsonObject { ["operations"] = names });
        foreach (var entry in catalog)
        {
            var result = results[entry.Operation.Name];
            var message = (string?)result?["error"]?["message"];
            var notSupported = $"{entry.Operation.Name} is not supported by Cleanroom yet.";
            if (entry.Implemented)
            {
                Assert.NotEqual(notSupported, message);
                Assert.NotEqual(500, (int?)result?["error"]?["status"]);
            }
            else
            {
                Observed.Error(result, "ValidationException", 400, entry.Operation.Name);
                Assert.Equal(notSupported, message);
            }
        }
    }

    [GeneratedRegex(@"^\|\s*(?<name>[A-Za-z]+)\s*\|\s*`[A-Z]+ [^`]+`\s*\|\s*(?<state>Implemented|Not yet)\b")]
    private static partial Regex DocumentRow();
}
