using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Cleanroom.Server.Tests.Infrastructure;

namespace Cleanroom.Server.Tests.C3r;

/// <summary>
/// Cryptographic computing end to end with the tools a member has: an advertiser and a retailer each get a schema
/// template and encrypt a table with <c>cleanroom c3r schema|encrypt --endpoint-url</c> (settings read from the server:
/// the advertiser signs with keys in the environment, the retailer with a named profile in a credentials file), upload
/// it with <c>aws s3 cp</c>, catalogue, configure and associate it with the aws CLI; the retailer runs a LIST query
/// joining the two fingerprint columns and returning a sealed column of each table, downloads the result with
/// <c>aws s3 cp</c> and decrypts it with <c>cleanroom c3r decrypt</c>. The decrypted result equals the join computed
/// here over the cleartext.
/// </summary>
public sealed class CliEncryptedQueryTests
{
    private static readonly string[] Segments = ["sports", "travel", "news", "cooking", "garden"];

    [Fact]
    public async Task TheDecryptedResultOfAJoinOnFingerprintsEqualsTheSameJoinOverCleartext()
    {
        await using var server = await InProcessServer.StartAsync();
        var (advertiser, retailer) = (await server.CreateAccountAsync("Advertiser"), await server.CreateAccountAsync("Retailer"));
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        using var files = new TempDirectory("cleanroom-c3r-cli");

        async Task<JsonNode> Aws(TestAccount account, params string[] arguments) =>
            (await AwsCli.RunAsync(server.Url, account, arguments)).EnsureSuccess().Json ?? new JsonObject();
        async Task S3(TestAccount account, params string[] arguments) =>
            (await AwsCli.RunAsync(server.Url, account, ["s3", .. arguments])).EnsureSuccess();

        // High assurance: every column encrypted, fingerprints unique, joins only on equal names, NULLs hidden.
        var collaboration = (string)(await Aws(
            advertiser, "cleanrooms", "create-collaboration", "--name", "Encrypted segments", "--description", "C3R end to end",
            "--creator-display-name", "Advertiser", "--creator-member-abilities", "[]", "--query-log-status", "DISABLED",
            "--members", new JsonArray(new JsonObject
            {
                ["accountId"] = retailer.AccountId,
                ["displayName"] = "Retailer",
                ["memberAbilities"] = new JsonArray("CAN_QUERY", "CAN_RECEIVE_RESULTS"),
            }).ToJsonString(),
            "--data-encryption-metadata", "allowCleartext=false,allowDuplicates=false,allowJoinsOnColumnsWithDifferentNames=false,preserveNulls=false"))["collaboration"]!["id"]!;

        var exposures = Enumerable.Range(1, 240).Select(n => (User: User(n), Segment: Segments[n % Segments.Length])).ToArray();
        var purchases = Enumerable.Range(181, 220).Select(n => (User: User(n), Receipt: Receipt(n))).ToArray();
        await File.WriteAllTextAsync(files.Combine("exposures.csv"), "user_id,segment\n" + string.Concat(exposures.Select(row => $"{row.User},{row.Segment}\n")));
        await File.WriteAllTextAsync(files.Combine("purchases.csv"), "user_id,receipt\n" + string.Concat(purchases.Select(row => $"{row.User},{row.Receipt}\n")));

        // The retailer signs with a named profile from its own credentials and config files, no keys in the environment.
        var retailerEnvironment = C3rProgram.Environment(null, secret);
        retailerEnvironment["AWS_SHARED_CREDENTIALS_FILE"] = files.Combine("credentials");
        retailerEnvironment["AWS_CONFIG_FILE"] = files.Combine("config");
        retailerEnvironment["AWS_REGION"] = null;
        retailerEnvironment["AWS_DEFAULT_REGION"] = null;
        await File.WriteAllTextAsync(files.Combine("credentials"), $"[retailer]\naws_access_key_id = {retailer.AccessKeyId}\naws_secret_access_key = {retailer.SecretAccessKey}\n");
        await File.WriteAllTextAsync(files.Combine("config"), "[profile retailer]\nregion = us-east-1\n");

        async Task<string> Offer(TestAccount account, IReadOnlyDictionary<string, string?> environment, string[] profile, string table, string column, string database, string bucket, string[] membershipOptions)
        {
            async Task EncryptAndUpload()
            {
                // The schema template offers only what the collaboration on the server allows: no cleartext.
                (await C3rProgram.RunAsync(environment, [
                    "schema", files.Combine(table + ".csv"), "--template", "--id", collaboration, "--endpoint-url", server.Url,
                    "-o", files.Combine(table + ".template.json"), .. profile])).EnsureSuccess();
                var template = await File.ReadAllTextAsync(files.Combine(table + ".template.json"));
                Assert.Contains("\"[sealed|fingerprint]\"", template, StringComparison.Ordinal);
                Assert.DoesNotContain("cleartext", template, StringComparison.Ordinal);

                var encrypted = files.Combine(table + ".enc.csv");
                var encryption = (await C3rProgram.RunAsync(environment, [
                    "encrypt", files.Combine(table + ".csv"), "--schema", C3rProgram.File(table + ".schema.json"), "--id", collaboration,
                    "-o", encrypted, "--endpoint-url", server.Url, .. profile])).EnsureSuccess();
                Assert.Contains(
                    "allowCleartext false, allowDuplicates false, allowJoinsOnColumnsWithDifferentNames false, preserveNulls false",
                    encryption.Stdout, StringComparison.Ordinal);
                var uploaded = await File.ReadAllTextAsync(encrypted);
                Assert.DoesNotContain(User(200), uploaded, StringComparison.Ordinal);
                Assert.DoesNotContain(column == "segment" ? Segments[0] : Receipt(200), uploaded, StringComparison.Ordinal);
                await S3(account, "mb", $"s3://{bucket}");
                await S3(account, "cp", encrypted, $"s3://{bucket}/{table}/{table}.csv");
            }

            async Task<string> Configure()
            {
                await Aws(account, "glue", "create-database", "--database-input", "Name=" + database);
                await Aws(account, "glue", "create-table", "--database-name", database, "--table-input", GlueTable(table, column, bucket));
                var configured = (string)(await Aws(
                    account, "cleanrooms", "create-configured-table", "--name", table, "--analysis-method", "DIRECT_QUERY",
                    "--table-reference", Json(("glue", new JsonObject { ["databaseName"] = database, ["tableName"] = table })),
                    "--allowed-columns", "user_id", column))["configuredTable"]!["id"]!;
                await Aws(
                    account, "cleanrooms", "create-configured-table-analysis-rule", "--configured-table-identifier", configured, "--analysis-rule-type", "LIST",
                    "--analysis-rule-policy", ListRule(new JsonObject { ["joinColumns"] = new JsonArray("user_id"), ["listColumns"] = new JsonArray(column) }));
                return configured;
            }

            // Independent steps run side by side: each aws CLI start costs about a second.
            var joining = Aws(account, ["cleanrooms", "create-membership", "--collaboration-identifier", collaboration, "--query-log-status", "DISABLED", .. membershipOptions]);
            var configuring = Configure();
            await Task.WhenAll(joining, configuring, EncryptAndUpload());
            var membership = (string)(await joining)["membership"]!["id"]!;
            var configured = await configuring;
            var association = (string)(await Aws(
                account, "cleanrooms", "create-configured-table-association", "--membership-identifier", membership, "--configured-table-identifier", configured,
                "--name", table, "--role-arn", $"arn:aws:iam::{account.AccountId}:role/cleanroom"))["configuredTableAssociation"]!["id"]!;
            await Aws(
                account, "cleanrooms", "create-configured-table-association-analysis-rule", "--membership-identifier", membership,
                "--configured-table-association-identifier", association, "--analysis-rule-type", "LIST",
                "--analysis-rule-policy", ListRule(new JsonObject { ["allowedResultReceivers"] = new JsonArray(retailer.AccountId) }));
            return membership;
        }

        var advertiserOffer = Offer(advertiser, C3rProgram.Environment(advertiser, secret), [], "exposures", "segment", "advertising", "advertiser-data", []);
        var retailerOffer = Offer(retailer, retailerEnvironment, ["--profile", "retailer"], "purchases", "receipt", "retail", "retailer-data", [
            "--default-result-configuration",
            """{"outputConfiguration": {"s3": {"resultFormat": "CSV", "bucket": "retailer-results", "keyPrefix": "c3r", "singleFileOutput": true}}}"""]);
        await Task.WhenAll(advertiserOffer, retailerOffer, S3(retailer, "mb", "s3://retailer-results"));
        var retailerMembership = await retailerOffer;
        var query = (string)(await Aws(
            retailer, "cleanrooms", "start-protected-query", "--type", "SQL", "--membership-identifier", retailerMembership, "--sql-parameters",
            new JsonObject { ["queryString"] = "SELECT DISTINCT e.segment, p.receipt FROM exposures e JOIN purchases p ON e.user_id = p.user_id" }.ToJsonString()))["protectedQuery"]!["id"]!;
        JsonNode done;
        var polling = System.Diagnostics.Stopwatch.StartNew();
        do
        {
            Assert.True(polling.Elapsed < TimeSpan.FromMinutes(1), "the query should finish within a minute");
            done = (await Aws(retailer, "cleanrooms", "get-protected-query", "--membership-identifier", retailerMembership, "--protected-query-identifier", query))["protectedQuery"]!;
        }
        while ((string?)done["status"] is "SUBMITTED" or "STARTED");
        Assert.True((string?)done["status"] == "SUCCESS", done.ToJsonString());

        var sealedResult = files.Combine("result.csv");
        await S3(retailer, "cp", (string)done["result"]!["output"]!["s3"]!["location"]!, sealedResult);
        var sealedLines = await File.ReadAllLinesAsync(sealedResult);
        Assert.All(sealedLines.Skip(1).SelectMany(line => line.Split(',')), cell => Assert.StartsWith("02:enc:", cell, StringComparison.Ordinal));

        var decryption = (await C3rProgram.RunAsync(retailerEnvironment, "decrypt", sealedResult, "--id", collaboration, "-o", files.Combine("result.plain.csv"))).EnsureSuccess();
        var receipts = purchases.ToDictionary(row => row.User, row => row.Receipt);
        var expected = exposures.Where(row => receipts.ContainsKey(row.User)).Select(row => $"{row.Segment},{receipts[row.User]}").Distinct().ToArray();
        Assert.Equal(60, expected.Length);
        Assert.Contains($"Decrypted {expected.Length} rows", decryption.Stdout, StringComparison.Ordinal);
        var decrypted = await File.ReadAllLinesAsync(files.Combine("result.plain.csv"));
        Assert.Equal("segment,receipt", decrypted[0]);
        Assert.Equal(expected.Order(StringComparer.Ordinal), decrypted.Skip(1).Order(StringComparer.Ordinal));
    }

    private static string User(int number) => "u" + number.ToString("D5", CultureInfo.InvariantCulture);

    /// <summary>A value of the retailer's sealed column, one per buyer, so DISTINCT over cleartext keeps every joined row.</summary>
    private static string Receipt(int number) => "r" + (number * 37).ToString(CultureInfo.InvariantCulture);

    private static string ListRule(JsonObject list) => Json(("v1", new JsonObject { ["list"] = list }));

    private static string Json((string Name, JsonNode Value) member) => new JsonObject { [member.Name] = member.Value }.ToJsonString();

    private static string GlueTable(string table, string column, string bucket) => new JsonObject
    {
        ["Name"] = table,
        ["Parameters"] = new JsonObject { ["classification"] = "csv", ["skip.header.line.count"] = "1" },
        ["StorageDescriptor"] = new JsonObject
        {
            ["Location"] = $"s3://{bucket}/{table}/",
            ["Columns"] = new JsonArray(
                new JsonObject { ["Name"] = "user_id", ["Type"] = "string" },
                new JsonObject { ["Name"] = column, ["Type"] = "string" }),
            ["SerdeInfo"] = new JsonObject
            {
                ["SerializationLibrary"] = "org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe",
                ["Parameters"] = new JsonObject { ["field.delim"] = "," },
            },
        },
    }.ToJsonString();
}
