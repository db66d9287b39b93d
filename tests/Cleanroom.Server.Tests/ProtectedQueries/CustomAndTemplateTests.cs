using System.Globalization;
using System.Text.Json.Nodes;
using Cleanroom.Server.Tests.Infrastructure;
using DuckDB.NET.Data;

namespace Cleanroom.Server.Tests.ProtectedQueries;

/// <summary>
/// CUSTOM rules end to end: free SQL by an allowed analysis provider (here to S3 as Parquet part files), a template
/// approved by ARN with a bound parameter, an unapproved template refused, and parameter errors naming the parameter.
/// </summary>
[Collection(ProtectedQueryCollection.Name)]
public sealed class CustomAndTemplateTests(ProtectedQueryWorld world)
{
    [Fact]
    public async Task ProvidersAndApprovedTemplatesRunAndOthersAreRefused()
    {
        var approved = (string)world.Ids["templates"]!["approved"]!;
        var runs = await world.RunAsync(
            world.Query(
                "free",
                "WITH spend AS (SELECT p.category, p.user_id, p.amount FROM purchases_custom p) " +
                "SELECT category, COUNT(DISTINCT user_id) AS buyers, SUM(amount) AS total FROM spend GROUP BY category",
                new JsonObject
                {
                    ["outputConfiguration"] = new JsonObject
                    {
                        ["s3"] = new JsonObject { ["resultFormat"] = "PARQUET", ["bucket"] = "b-results", ["keyPrefix"] = "custom/runs/", ["singleFileOutput"] = false },
                    },
                }),
            world.Template("approved", approved, new JsonObject { ["min_amount"] = "100" }),
            world.Template("unapproved", (string)world.Ids["templates"]!["unapproved"]!),
            world.Template("bad_value", approved, new JsonObject { ["min_amount"] = "a lot" }),
            world.Template("unknown_parameter", approved, new JsonObject { ["max_amount"] = "5" }),
            world.Template("missing_template", approved.Replace(approved[^36..], Guid.NewGuid().ToString(), StringComparison.Ordinal)));

        // Free SQL: Parquet parts under the runner's folder, read back with DuckDB.
        var free = Observed.Ok(runs["free"]!["final"], "free SQL")["protectedQuery"]!;
        Assert.True((string?)free["status"] == "SUCCESS", free.ToJsonString());
        var id = (string)free["id"]!;
        Assert.Equal($"s3://b-results/custom/runs/{id}/result/", (string?)free["result"]!["output"]!["s3"]!["location"]);
        using var downloads = new TempDirectory("cleanroom-result");
        (await AwsCli.RunAsync(world.Url, world.B, "s3", "cp", $"s3://b-results/custom/runs/{id}/result/", downloads.Path, "--recursive")).EnsureSuccess();
        Assert.Equal(["part-00000.parquet"], Directory.GetFiles(downloads.Path).Select(Path.GetFileName));
        var expected = world.Data.Purchases.GroupBy(p => p.Category)
            .Select(g => $"{g.Key}|{g.Select(p => p.UserId).Distinct().Count()}|{g.Sum(p => p.Amount).ToString(CultureInfo.InvariantCulture)}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, ReadParquet(downloads.Combine("part-00000.parquet")));

        // The approved template with a bound parameter; the owner's log shows the placeholder and the value given.
        var template = Observed.Ok(runs["approved"]!["final"], "approved template")["protectedQuery"]!;
        Assert.True((string?)template["status"] == "SUCCESS", template.ToJsonString());
        Assert.Equal(approved, (string?)template["sqlParameters"]!["analysisTemplateArn"]);
        var templateId = (string)template["id"]!;
        using (var result = new TempDirectory("cleanroom-result"))
        {
            (await AwsCli.RunAsync(world.Url, world.B, "s3", "cp", $"s3://b-results/default/{templateId}/result/{templateId}.csv", result.Combine("t.csv"))).EnsureSuccess();
            var rows = (await File.ReadAllLinesAsync(result.Combine("t.csv"))).Skip(1).Select(line => line.Split(',')).ToDictionary(f => f[0], f => int.Parse(f[1], CultureInfo.InvariantCulture));
            Assert.Equal(world.Data.TemplateBuyers(100m).OrderBy(p => p.Key), rows.OrderBy(p => p.Key));
        }

        var logged = (await AwsCli.RunAsync(world.Url, world.A, "logs", "filter-log-events", "--log-group-name", $"/aws/cleanrooms/{world.CollaborationId}",
            "--filter-pattern", $"{{ $.eventId = \"{templateId}\" && $.logStage = \"SUBMISSION\" }}")).EnsureSuccess();
        var record = JsonNode.Parse((string)Assert.Single(logged.Json!["events"]!.AsArray())!["message"]!)!;
        Assert.Equal("audience_approved", (string?)record["schemaName"]);
        Assert.Equal(approved, (string?)record["analysisTemplateArn"]);
        Assert.Equal("100", (string?)record["parameters"]!["min_amount"]);
        Assert.Contains(":min_amount", (string?)record["queryText"], StringComparison.Ordinal);

        var unapproved = Observed.Error(runs["unapproved"]!["start"], "ValidationException", 400, "an unapproved template");
        Assert.Equal("INVALID_QUERY", (string?)unapproved["reason"]);
        Assert.Contains("[custom.allowedAnalyses]", (string?)unapproved["message"], StringComparison.Ordinal);
        Assert.Equal("sqlParameters.analysisTemplateArn", (string?)unapproved["fieldList"]![0]!["name"]);
        var badValue = Observed.FieldError(runs["bad_value"]!["start"], "sqlParameters.parameters", "FIELD_VALIDATION_FAILED", "a value that is no DECIMAL");
        Assert.Contains(":min_amount", (string?)badValue["message"], StringComparison.Ordinal);
        Assert.DoesNotContain("a lot", (string?)badValue["message"], StringComparison.Ordinal);
        var unknown = Observed.FieldError(runs["unknown_parameter"]!["start"], "sqlParameters.parameters", "FIELD_VALIDATION_FAILED", "an undeclared parameter");
        Assert.Contains(":max_amount", (string?)unknown["message"], StringComparison.Ordinal);
        Observed.FieldError(runs["missing_template"]!["start"], "sqlParameters.analysisTemplateArn", "FIELD_VALIDATION_FAILED", "a template that does not exist");
    }

    private static IEnumerable<string> ReadParquet(string path)
    {
        using var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        using var command = duck.CreateCommand();
        command.CommandText = $"SELECT category || '|' || buyers || '|' || CAST(total AS VARCHAR) FROM read_parquet('{path}') ORDER BY 1";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
