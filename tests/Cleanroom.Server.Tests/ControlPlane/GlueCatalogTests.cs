using System.Text.Json.Nodes;
using Cleanroom.Server.Tests.Infrastructure;

namespace Cleanroom.Server.Tests.ControlPlane;

/// <summary>The Glue-compatible catalog (awsJson1.1) through boto3 (the aws CLI catalogs a table in SeedSetupTests).</summary>
public sealed class GlueCatalogTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task DatabasesAndTablesBehaveAsGlueDoes()
    {
        var accounts = await fixture.Server.CreateAccountsAsync("A", "B");
        var r = await Boto3Script.RunAsync("glue_catalog.py", fixture.Url, accounts);

        Observed.Ok(r["create_db"], "create database");
        Observed.Error(r["create_db_again"], "AlreadyExistsException", 400, "same name in another case");
        var database = Observed.Ok(r["get_db"], "get database")["Database"]!;
        Assert.Equal("sales", (string?)database["Name"]);
        Assert.Equal("Orders", (string?)database["Description"]);
        Assert.Equal("ops", (string?)database["Parameters"]!["owner"]);
        Assert.Equal(accounts[0].AccountId, (string?)database["CatalogId"]);
        Assert.NotNull(database["CreateTime"]);
        var first = Observed.Ok(r["dbs_page1"], "first page");
        Assert.Equal(["archive", "sales"], Names(first["DatabaseList"]));
        var second = Observed.Ok(r["dbs_page2"], "second page");
        Assert.Equal(["zeta"], Names(second["DatabaseList"]));
        Assert.Null(second["NextToken"]);
        Observed.Error(r["dbs_forged_token"], "InvalidInputException", 400, "forged token");
        Assert.Empty(Observed.Ok(r["b_dbs"], "B's own catalog")["DatabaseList"]!.AsArray());
        Observed.Error(r["b_get_db"], "EntityNotFoundException", 400, "B cannot see A's database");
        Observed.Error(r["other_catalog"], "AccessDeniedException", 400, "another account's catalog");
        Observed.Ok(r["own_catalog"], "own catalog by id");

        Observed.Error(r["table_missing_db"], "EntityNotFoundException", 400, "table in a missing database");
        Observed.Ok(r["create_table"], "create table");
        Observed.Error(r["create_table_again"], "AlreadyExistsException", 400, "duplicate table");
        var unsupported = Observed.Error(r["unsupported_format"], "InvalidInputException", 400, "JSON SerDe");
        Assert.Contains("not supported", (string?)unsupported["message"], StringComparison.Ordinal);
        var tooLong = Observed.Error(r["name_too_long"], "InvalidInputException", 400, "name longer than the model allows");
        Assert.Contains("TableInput.Name", (string?)tooLong["message"], StringComparison.Ordinal);
        Observed.Error(r["no_table_input"], "InvalidInputException", 400, "no TableInput");
        Assert.Contains("Iceberg", (string?)Observed.Error(r["iceberg"], "InvalidInputException", 400, "an Iceberg table")["message"], StringComparison.Ordinal);
        Observed.Error(r["names_disagree"], "InvalidInputException", 400, "Name and TableInput.Name differ");
        var table = Observed.Ok(r["get_table"], "get table")["Table"]!;
        Assert.Equal("orders", (string?)table["Name"]);
        Assert.Equal("org.apache.hadoop.hive.serde2.OpenCSVSerde", (string?)table["StorageDescriptor"]!["SerdeInfo"]!["SerializationLibrary"]);
        Assert.Equal(3, table["StorageDescriptor"]!["Columns"]!.AsArray().Count);
        Observed.Error(r["get_missing_table"], "EntityNotFoundException", 400, "missing table");
        Assert.Equal(["order_lines", "orders"], Names(Observed.Ok(r["tables_filtered"], "filtered")["TableList"]));
        Assert.Equal(["orders", "returns"], Names(Observed.Ok(r["tables_hive_pattern"], "a Hive-style pattern")["TableList"]));
        Assert.Equal(["order_lines", "orders"], Names(Observed.Ok(r["tables_page1"], "tables page 1")["TableList"]));
        Assert.Equal(["returns"], Names(Observed.Ok(r["tables_page2"], "tables page 2")["TableList"]));
        Observed.Error(r["tables_bad_expression"], "InvalidInputException", 400, "bad expression");

        Observed.Ok(r["update_table"], "update at version 1");
        Observed.Error(r["update_stale"], "ConcurrentModificationException", 400, "stale version");
        Observed.Error(r["update_unsupported"], "InvalidInputException", 400, "update to an unsupported format");
        var updated = Observed.Ok(r["get_updated"], "updated table")["Table"]!;
        Assert.Equal("2", (string?)updated["VersionId"]);
        Assert.Equal(4, updated["StorageDescriptor"]!["Columns"]!.AsArray().Count);
        Observed.Ok(r["delete_returns"], "delete table");
        Observed.Error(r["get_deleted"], "EntityNotFoundException", 400, "deleted table");

        var dropped = Observed.Error(r["drop_allowed_column"], "InvalidInputException", 400, "dropping an allowed column");
        Assert.Contains("channel", (string?)dropped["message"], StringComparison.Ordinal);
        Observed.Ok(r["keep_allowed_columns"], "an update that keeps the allowed columns");
        Observed.Error(r["delete_used_table"], "InvalidInputException", 400, "deleting a table in use");
        Observed.Error(r["delete_used_database"], "InvalidInputException", 400, "deleting a database in use");
        Observed.Ok(r["delete_database"], "delete database once unused");
        Observed.Error(r["tables_after_delete"], "EntityNotFoundException", 400, "tables of a deleted database");
        Observed.Error(r["delete_missing_database"], "EntityNotFoundException", 400, "delete twice");
    }

    private static string[] Names(JsonNode? list) => [.. list!.AsArray().Select(item => (string)item!["Name"]!)];
}
