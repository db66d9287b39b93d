using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Cleanroom.C3r;
using Cleanroom.Server.Tests.Infrastructure;

namespace Cleanroom.Server.Tests.ProtectedQueries;

/// <summary>
/// Encrypted collaborations (C3R): column classes are read from the data and reach the checker (a sealed column
/// cannot be filtered on); fingerprints join and are counted; sealed values reach the receiver as they are and
/// decrypt with the shared secret; a column whose later values are of another class fails the query while it runs;
/// a collaboration without cleartext refuses a table holding cleartext.
/// </summary>
public sealed class EncryptedCollaborationTests
{
    private static readonly string[] Segments = ["sports", "travel", "news", "cooking"];

    [Fact]
    public async Task ClassesComeFromTheDataAndSealedValuesReachTheReceiverEncrypted()
    {
        await using var server = await InProcessServer.StartAsync();
        var accounts = await server.CreateAccountsAsync("A", "B");
        var ids = await Boto3Script.RunAsync("protected_encrypted.py", server.Url, accounts, new JsonObject { ["phase"] = "collaborations" });
        var enc = ids["enc"]!;
        var collaborationId = (string)enc["collaboration"]!;
        var secret = SharedSecret.FromBytes(RandomNumberGenerator.GetBytes(32));

        using var files = new TempDirectory("cleanroom-c3r");
        var exposures = Enumerable.Range(1, 1500).Select(n => (User: User(n), Segment: n > 1490 ? "rare" : Segments[n % Segments.Length], Note: $"note of user {n}")).ToArray();
        var buyers = Enumerable.Range(501, 1500).Select(n => (User: User(n), Category: n % 2 == 0 ? "home" : "garden")).ToArray();
        var plainExposures = files.Combine("exposures.csv");
        await File.WriteAllTextAsync(plainExposures, "user_id,segment,note\n" + string.Concat(exposures.Select(e => $"{e.User},{e.Segment},{e.Note}\n")));
        var plainPurchases = files.Combine("purchases.csv");
        await File.WriteAllTextAsync(plainPurchases, "user_id,category\n" + string.Concat(buyers.Select(b => $"{b.User},{b.Category}\n")));
        var encryptor = new C3rEncryptor(secret, collaborationId, new ClientSettings(AllowCleartext: true, AllowDuplicates: true, AllowJoinsOnColumnsWithDifferentNames: false, PreserveNulls: false));
        Directory.CreateDirectory(files.Combine("a", "exposures"));
        Directory.CreateDirectory(files.Combine("a", "mixed"));
        Directory.CreateDirectory(files.Combine("a", "plain"));
        Directory.CreateDirectory(files.Combine("b", "purchases"));
        encryptor.Encrypt(new EncryptOptions(plainExposures, files.Combine("a", "exposures", "part-0.csv"), C3rSchema.Parse(
            """{"headerRow": true, "columns": [{"sourceHeader": "user_id", "type": "fingerprint"}, {"sourceHeader": "segment", "type": "cleartext"}, {"sourceHeader": "note", "type": "sealed", "pad": {"type": "none"}}]}""")));
        encryptor.Encrypt(new EncryptOptions(plainPurchases, files.Combine("b", "purchases", "part-0.csv"), C3rSchema.Parse(
            """{"headerRow": true, "columns": [{"sourceHeader": "user_id", "type": "fingerprint"}, {"sourceHeader": "category", "type": "cleartext"}]}""")));
        File.Copy(plainExposures, files.Combine("a", "plain", "part-0.csv"));

        // The mixed table: the encrypted exposures, then a row whose note is cleartext, for a buyer (fingerprints of
        // equal values under equal column names are equal, so any of B's fingerprints joins).
        File.Copy(files.Combine("a", "exposures", "part-0.csv"), files.Combine("a", "mixed", "part-0.csv"));
        var buyerFingerprint = (await File.ReadAllLinesAsync(files.Combine("b", "purchases", "part-0.csv")))[1].Split(',')[0];
        await File.WriteAllTextAsync(files.Combine("a", "mixed", "part-1.csv"), $"user_id,segment,note\n{buyerFingerprint},news,plain words\n");

        (await AwsCli.RunAsync(server.Url, accounts[0], "s3", "cp", files.Combine("a"), "s3://a-enc/", "--recursive")).EnsureSuccess();
        (await AwsCli.RunAsync(server.Url, accounts[1], "s3", "cp", files.Combine("b"), "s3://b-enc/", "--recursive")).EnsureSuccess();
        await Boto3Script.RunAsync("protected_encrypted.py", server.Url, accounts, new JsonObject { ["phase"] = "tables", ["enc"] = enc.DeepClone(), ["strict"] = ids["strict"]!.DeepClone() });

        JsonObject Run(string name, string collaboration, string sql) =>
            new() { ["name"] = name, ["account"] = "B", ["membership"] = (string)ids[collaboration]!["B"]!, ["sql"] = sql };
        var runs = await Boto3Script.RunAsync("protected_run.py", server.Url, accounts, new JsonObject
        {
            ["runs"] = new JsonArray(
                Run("segments", "enc", "SELECT e.segment, COUNT(DISTINCT e.user_id) AS users FROM enc_exposures e JOIN enc_purchases p ON e.user_id = p.user_id GROUP BY e.segment"),
                Run("notes", "enc", "SELECT DISTINCT n.note FROM enc_notes n JOIN enc_buyers b ON n.user_id = b.user_id"),
                Run("filter_sealed", "enc", "SELECT DISTINCT n.note FROM enc_notes n JOIN enc_buyers b ON n.user_id = b.user_id WHERE n.note = 'note of user 7'"),
                Run("mixed", "enc", "SELECT DISTINCT m.note FROM enc_mixed m JOIN enc_buyers b ON m.user_id = b.user_id"),
                Run("strict", "strict", "SELECT e.segment, COUNT(DISTINCT e.user_id) AS users FROM strict_exposures e JOIN strict_purchases p ON e.user_id = p.user_id GROUP BY e.segment")),
        });

        // Fingerprints join and count; the rare segment is below A's threshold.
        var segments = await ResultLinesAsync(server, accounts[1], runs["segments"]!);
        var buyerSet = buyers.Select(b => b.User).ToHashSet();
        var expected = exposures.Where(e => buyerSet.Contains(e.User)).GroupBy(e => e.Segment).Where(g => g.Count() >= 100)
            .Select(g => $"{g.Key},{g.Count().ToString(CultureInfo.InvariantCulture)}").Order(StringComparer.Ordinal);
        Assert.Equal(expected, segments.Skip(1).Order(StringComparer.Ordinal));

        // Sealed notes come out sealed and decrypt to the buyers' notes.
        var notes = await ResultLinesAsync(server, accounts[1], runs["notes"]!);
        Assert.All(notes.Skip(1), cell => Assert.StartsWith("02:enc:", cell, StringComparison.Ordinal));
        var sealedResult = files.Combine("notes.csv");
        await File.WriteAllLinesAsync(sealedResult, notes);
        new C3rDecryptor(secret, collaborationId).Decrypt(new DecryptOptions(sealedResult, files.Combine("notes.plain.csv")));
        var decrypted = (await File.ReadAllLinesAsync(files.Combine("notes.plain.csv"))).Skip(1).Select(line => line.Trim('"')).Order(StringComparer.Ordinal);
        Assert.Equal(exposures.Where(e => buyerSet.Contains(e.User)).Select(e => e.Note).Order(StringComparer.Ordinal), decrypted);

        var refused = Observed.Error(runs["filter_sealed"]!["start"], "ValidationException", 400, "filtering on a sealed column");
        Assert.Contains("[encryption.sealed]", (string?)refused["message"], StringComparison.Ordinal);
        Assert.DoesNotContain("note of user", (string?)refused["message"], StringComparison.Ordinal);
        var mixed = Observed.Ok(runs["mixed"]!["final"], "the mixed table")["protectedQuery"]!;
        Assert.Equal("FAILED", (string?)mixed["status"]);
        Assert.Equal("EncryptedColumnError", (string?)mixed["error"]!["code"]);
        Assert.DoesNotContain("plain words", mixed.ToJsonString(), StringComparison.Ordinal);
        var strict = Observed.Error(runs["strict"]!["start"], "ValidationException", 400, "cleartext in a collaboration without cleartext");
        Assert.Equal("INVALID_CONFIGURATION", (string?)strict["reason"]);
        Assert.Contains("does not allow cleartext", (string?)strict["message"], StringComparison.Ordinal);
    }

    private static string User(int number) => "u" + number.ToString("D5", CultureInfo.InvariantCulture);

    private static async Task<string[]> ResultLinesAsync(InProcessServer server, TestAccount receiver, JsonNode run)
    {
        var query = Observed.Ok(run["final"], "the query")["protectedQuery"]!;
        Assert.True((string?)query["status"] == "SUCCESS", query.ToJsonString());
        using var downloads = new TempDirectory("cleanroom-result");
        (await AwsCli.RunAsync(server.Url, receiver, "s3", "cp", (string)query["result"]!["output"]!["s3"]!["location"]!, downloads.Combine("r.csv"))).EnsureSuccess();
        return await File.ReadAllLinesAsync(downloads.Combine("r.csv"), Encoding.UTF8);
    }
}
