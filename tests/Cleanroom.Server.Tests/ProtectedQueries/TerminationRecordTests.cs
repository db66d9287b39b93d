using System.Text.Json.Nodes;
using Cleanroom.Cli.Client;
using Cleanroom.Server.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Cleanroom.Server.Tests.ProtectedQueries;

/// <summary>
/// A query's TERMINATION log records exist as soon as a client sees its final status: the records are written
/// first. Appending this query's TERMINATION records is made slow (a trigger in the server's database does busy
/// work for them), so a status saved before its records would be seen without them.
/// </summary>
[Collection(ProtectedQueryCollection.Name)]
public sealed class TerminationRecordTests(ProtectedQueryWorld world)
{
    private const string Marker = "termination_probe";

    private const string Sql =
        $"SELECT e.segment AS {Marker}, COUNT(DISTINCT p.user_id) AS buyers FROM exposures e JOIN purchases p ON e.user_id = p.user_id GROUP BY e.segment";

    [Fact]
    public async Task TerminationRecordsAreThereWhenTheFinalStatusIsSeen()
    {
        await using var database = new SqliteConnection($"Data Source={Path.Combine(world.Server.DataDirectory, "cleanroom.db")};Pooling=False");
        await database.OpenAsync();
        await ExecuteAsync(
            database,
            "CREATE TABLE termination_probe_pad (n INTEGER);" +
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) INSERT INTO termination_probe_pad SELECT i FROM n;" +
            $"CREATE TRIGGER termination_probe_delay AFTER INSERT ON log_events WHEN NEW.message LIKE '%{Marker}%' AND NEW.message LIKE '%\"TERMINATION\"%' " +
            "BEGIN SELECT COUNT(*) FROM termination_probe_pad a, termination_probe_pad b, termination_probe_pad c; END;");
        try
        {
            using var http = new HttpClient();
            var runner = Client(http, world.B);
            var membership = world.MembershipOf("B");
            var started = await runner.CleanRoomsAsync(
                "StartProtectedQuery",
                HttpMethod.Post,
                $"/memberships/{membership}/protectedQueries",
                new { type = "SQL", sqlParameters = new { queryString = Sql } },
                CancellationToken.None);
            var id = (string)started["protectedQuery"]!["id"]!;
            string status;
            do
            {
                await Task.Delay(5);
                var query = await runner.CleanRoomsAsync("GetProtectedQuery", HttpMethod.Get, $"/memberships/{membership}/protectedQueries/{id}", null, CancellationToken.None);
                status = (string)query["protectedQuery"]!["status"]!;
            }
            while (status is "SUBMITTED" or "STARTED");

            Assert.Equal("SUCCESS", status);

            // At once: A's table record, B's runner and table records.
            Assert.Single(await TerminationRecordsAsync(Client(http, world.A), id), record => (string?)record["status"] == status);
            Assert.Equal(2, (await TerminationRecordsAsync(runner, id)).Count(record => (string?)record["status"] == status));
        }
        finally
        {
            await ExecuteAsync(database, "DROP TRIGGER termination_probe_delay; DROP TABLE termination_probe_pad;");
        }
    }

    private SigningClient Client(HttpClient http, TestAccount account) =>
        new(http, new Uri(world.Url), new AccessKey(account.AccessKeyId, account.SecretAccessKey), "us-east-1");

    private async Task<List<JsonNode>> TerminationRecordsAsync(SigningClient client, string queryId)
    {
        var answer = await client.JsonRpcAsync("logs", "Logs_20140328.FilterLogEvents", new { logGroupName = "/aws/cleanrooms/" + world.CollaborationId }, CancellationToken.None);
        return [.. answer["events"]!.AsArray()
            .Select(entry => JsonNode.Parse((string)entry!["message"]!)!)
            .Where(record => (string?)record["eventId"] == queryId && (string?)record["logStage"] == "TERMINATION")];
    }

    private static async Task ExecuteAsync(SqliteConnection database, string sql)
    {
        await using var command = database.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
